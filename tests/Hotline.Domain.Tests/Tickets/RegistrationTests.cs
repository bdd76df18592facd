using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public class RegistrationTests
{
    [Fact]
    public void A_registered_ticket_waits_for_dispatch()
    {
        var ticket = Registered();

        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.IsOpen.ShouldBeTrue();
        ticket.IsDirectlyAnswered.ShouldBeFalse();
        ticket.ClosedAt.ShouldBeNull();
        ticket.LeadUnitId.ShouldBeNull();
        ticket.Round.ShouldBe(0);
        ticket.UrgeCount.ShouldBe(0);
    }

    [Fact]
    public void Registration_records_exactly_one_register_event_with_who_when_and_the_call()
    {
        var ticket = Registered();

        var registered = ticket.Events.ShouldHaveSingleItem();
        registered.Action.ShouldBe(TicketAction.Register);
        registered.From.ShouldBeNull();
        registered.To.ShouldBe(TicketStatus.PendingDispatch);
        registered.ActorUserId.ShouldBe("u1");
        registered.ActorName.ShouldBe("王晓燕");
        registered.At.ShouldBe(Now);
        registered.CallId.ShouldBe(CallId);
        registered.UnitId.ShouldBeNull();
        registered.Note.ShouldBeNull();
    }

    [Fact]
    public void A_ticket_registered_without_a_call_has_no_call_on_its_event()
    {
        var ticket = Ticket.Register(Number, Citizen, Heating, SuggestedUnitId, DispatchDue, TestActors.Agent, Now);

        ticket.Events.ShouldHaveSingleItem().CallId.ShouldBeNull();
    }

    [Fact]
    public void The_number_the_registrar_and_the_time_are_kept()
    {
        var ticket = Registered();

        ticket.Number.ShouldBe("20261122-00042");
        ticket.RegisteredAt.ShouldBe(Now);
        ticket.RegisteredByUserId.ShouldBe("u1");
    }

    [Theory]
    [InlineData("138 0535 0001")]
    [InlineData("+86 138-0535-0001")]
    [InlineData("0086 13805350001")]
    public void The_caller_phone_is_stored_as_digits_only(string typed)
    {
        var ticket = Ticket.Register(Number, Citizen with { Phone = typed }, Heating, SuggestedUnitId, DispatchDue,
            TestActors.Agent, Now, CallId);

        ticket.CallerPhone.ShouldBe("13805350001");
    }

    [Fact]
    public void Content_address_and_caller_name_are_trimmed()
    {
        var ticket = Registered();

        ticket.Content.ShouldBe("家中暖气不热，室温只有12度，家里有老人和孩子，请尽快派人维修。");
        ticket.Address.ShouldBe("芝罘区南大街88号3单元502室");
        ticket.CallerName.ShouldBe("张三");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_caller_who_gives_no_name_has_none(string? name)
    {
        var ticket = Ticket.Register(Number, Citizen with { Name = name }, Heating, SuggestedUnitId, DispatchDue,
            TestActors.Agent, Now, CallId);

        ticket.CallerName.ShouldBeNull();
    }

    [Fact]
    public void Classification_and_channel_are_kept_as_given()
    {
        var details = Heating with { RequestType = RequestType.Report, Urgency = Urgency.Normal, IsConfidential = true };

        var ticket = Ticket.Register(Number, Citizen with { Channel = Channel.WeChat }, details, SuggestedUnitId, DispatchDue,
            TestActors.Agent, Now, CallId);

        ticket.RequestType.ShouldBe(RequestType.Report);
        ticket.Urgency.ShouldBe(Urgency.Normal);
        ticket.CategoryId.ShouldBe(CategoryId);
        ticket.AreaUnitId.ShouldBe(AreaUnitId);
        ticket.IsConfidential.ShouldBeTrue();
        ticket.Channel.ShouldBe(Channel.WeChat);
    }

    [Fact]
    public void The_dispatch_deadline_and_the_suggested_unit_are_kept()
    {
        var ticket = Registered();

        ticket.DispatchDueAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 1, 45, 0, TimeSpan.Zero));
        ticket.SuggestedUnitId.ShouldBe(31);
    }

    [Fact]
    public void A_ticket_may_be_registered_without_a_suggested_unit()
    {
        var ticket = Ticket.Register(Number, Citizen, Heating, suggestedUnitId: null, DispatchDue, TestActors.Agent, Now, CallId);

        ticket.SuggestedUnitId.ShouldBeNull();
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("110")]
    [InlineData("不愿透露")]
    [InlineData("")]
    public void An_invalid_caller_phone_is_refused(string phone)
    {
        var error = Should.Throw<DomainRuleException>(() => Ticket.Register(Number, Citizen with { Phone = phone }, Heating,
            SuggestedUnitId, DispatchDue, TestActors.Agent, Now, CallId));

        error.Code.ShouldBe("Validation.Phone.Invalid");
    }

    [Theory]
    [InlineData("2026112200042")]
    [InlineData("20261322-00042")]
    [InlineData("20261122-00000")]
    [InlineData("")]
    public void A_malformed_ticket_number_is_a_programming_error(string number)
    {
        var error = Should.Throw<ArgumentException>(() => Ticket.Register(number, Citizen, Heating, SuggestedUnitId, DispatchDue,
            TestActors.Agent, Now, CallId));

        error.ParamName.ShouldBe("number");
    }
}
