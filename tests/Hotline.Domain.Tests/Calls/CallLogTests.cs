using Hotline.Domain.Calls;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tests.Calls;

public class CallLogTests
{
    private static readonly Guid Submission = new("5f1c2a9e-7b44-4c1e-9a0d-2f6b8e3c1a77");
    private static readonly DateTimeOffset Rang = new(2026, 11, 22, 1, 28, 10, TimeSpan.Zero);
    private static readonly DateTimeOffset HungUp = new(2026, 11, 22, 1, 33, 45, TimeSpan.Zero);

    [Fact]
    public void A_logged_call_keeps_who_when_and_how_but_no_answer_time_the_form_does_not_know()
    {
        var call = Call.Log(Submission, "13805350001", "张三", Channel.Phone, Rang, HungUp, "u1", CallOutcome.NewTicket);

        call.SubmissionId.ShouldBe(Submission);
        call.Channel.ShouldBe(Channel.Phone);
        call.StartedAt.ShouldBe(Rang);
        call.AnsweredAt.ShouldBeNull();
        call.EndedAt.ShouldBe(HungUp);
        call.AgentUserId.ShouldBe("u1");
        call.Outcome.ShouldBe(CallOutcome.NewTicket);
        call.TicketId.ShouldBeNull();
    }

    [Theory]
    [InlineData("+86 138-0535-0001", "13805350001")]
    [InlineData("0535-6681234", "05356681234")]
    public void The_phone_is_stored_normalised(string typed, string stored)
    {
        Call.Log(Submission, typed, null, Channel.Phone, Rang, HungUp, "u1", CallOutcome.Urge).Phone.ShouldBe(stored);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_caller_name_is_stored_as_none(string? name)
    {
        Call.Log(Submission, "13805350001", name, Channel.Phone, Rang, HungUp, "u1", CallOutcome.Invalid).CallerName.ShouldBeNull();
    }

    [Fact]
    public void The_caller_name_is_trimmed()
    {
        Call.Log(Submission, "13805350001", " 张三 ", Channel.WeChat, Rang, HungUp, "u1", CallOutcome.DirectAnswer)
            .CallerName.ShouldBe("张三");
    }

    [Fact]
    public void The_telephone_systems_answer_time_is_kept_so_the_wait_can_be_measured()
    {
        var call = Call.Log(Submission, "13805350001", null, Channel.Phone, Rang, HungUp, "u1", CallOutcome.NewTicket, Rang.AddSeconds(12));

        call.AnsweredAt.ShouldBe(Rang.AddSeconds(12));
    }

    [Fact]
    public void An_answer_time_outside_the_call_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            Call.Log(Submission, "13805350001", null, Channel.Phone, Rang, HungUp, "u1", CallOutcome.NewTicket, Rang.AddSeconds(-1)));
        Should.Throw<ArgumentOutOfRangeException>(() =>
            Call.Log(Submission, "13805350001", null, Channel.Phone, Rang, HungUp, "u1", CallOutcome.NewTicket, HungUp.AddSeconds(1)));
    }

    [Fact]
    public void A_call_cannot_end_before_it_started()
    {
        var error = Should.Throw<DomainRuleException>(() =>
            Call.Log(Submission, "13805350001", "张三", Channel.Phone, HungUp, Rang, "u1", CallOutcome.NewTicket));

        error.Code.ShouldBe("Validation.Call.EndBeforeStart");
    }

    [Fact]
    public void A_contact_may_end_the_moment_it_starts()
    {
        var call = Call.Log(Submission, "13805350001", null, Channel.Letter, Rang, Rang, "u1", CallOutcome.NewTicket);

        call.EndedAt.ShouldBe(call.StartedAt);
    }

    [Fact]
    public void An_invalid_phone_is_refused()
    {
        var error = Should.Throw<DomainRuleException>(() =>
            Call.Log(Submission, "12345", "张三", Channel.Phone, Rang, HungUp, "u1", CallOutcome.NewTicket));

        error.Code.ShouldBe("Validation.Phone.Invalid");
    }

    [Fact]
    public void Linking_a_call_to_a_ticket_records_the_ticket()
    {
        var call = Call.Log(Submission, "13805350001", "张三", Channel.Phone, Rang, HungUp, "u1", CallOutcome.NewTicket);

        call.LinkTo(4242);

        call.TicketId.ShouldBe(4242);
    }
}
