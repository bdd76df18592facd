using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class DeadlinePolicyTests
{
    private static readonly DateTimeOffset Now = Beijing(2026, 3, 2, 9, 0);

    [Fact]
    public void The_row_for_the_exact_type_and_urgency_is_found()
    {
        var policy = DeadlinePolicy.Find(DefaultPolicies.Create(Now), RequestType.Complaint, Urgency.Normal);

        policy.RequestType.ShouldBe(RequestType.Complaint);
        policy.Urgency.ShouldBe(Urgency.Normal);
    }

    [Fact]
    public void An_urgent_request_of_any_type_falls_back_to_the_any_type_row()
    {
        var policy = DeadlinePolicy.Find(DefaultPolicies.Create(Now), RequestType.Praise, Urgency.Urgent);

        policy.RequestType.ShouldBeNull();
        policy.Urgency.ShouldBe(Urgency.Urgent);
    }

    [Fact]
    public void An_exact_row_wins_over_the_any_type_row()
    {
        var special = new DeadlinePolicy(
            RequestType.Report, Urgency.Urgent, TimeLimit.Minutes(5), TimeLimit.Minutes(10), TimeLimit.Minutes(10), TimeLimit.WorkingDays(1), Now);
        var policies = DefaultPolicies.Create(Now).Append(special);

        DeadlinePolicy.Find(policies, RequestType.Report, Urgency.Urgent).ShouldBeSameAs(special);
    }

    [Fact]
    public void A_missing_row_is_an_error_that_names_the_type_and_urgency()
    {
        var policies = DefaultPolicies.Create(Now).Where(p => p.RequestType != RequestType.Suggestion);

        var error = Should.Throw<InvalidOperationException>(() => DeadlinePolicy.Find(policies, RequestType.Suggestion, Urgency.Normal));
        error.Message.ShouldContain("Suggestion");
        error.Message.ShouldContain("Normal");
    }

    [Fact]
    public void The_callback_limit_defaults_to_two_working_days()
    {
        var policy = new DeadlinePolicy(
            RequestType.Consultation, Urgency.Normal, TimeLimit.Hours(1), TimeLimit.Hours(1), TimeLimit.Hours(1), TimeLimit.Hours(1), Now);

        policy.Callback.ShouldBe(TimeLimit.WorkingDays(2));
    }

    [Fact]
    public void Updating_replaces_every_limit_and_stamps_the_time_in_utc()
    {
        var policy = DefaultPolicies.Create(Now)[1];
        var later = Beijing(2026, 3, 5, 16, 0);

        policy.Update(TimeLimit.Hours(2), TimeLimit.WorkingHours(2), TimeLimit.WorkingHours(3), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(3), later);

        policy.Dispatch.ShouldBe(TimeLimit.Hours(2));
        policy.SignFor.ShouldBe(TimeLimit.WorkingHours(2));
        policy.FirstContact.ShouldBe(TimeLimit.WorkingHours(3));
        policy.Resolve.ShouldBe(TimeLimit.WorkingDays(1));
        policy.Callback.ShouldBe(TimeLimit.WorkingDays(3));
        policy.UpdatedAt.ShouldBe(later);
        policy.UpdatedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_limit_without_a_unit_is_rejected()
    {
        var policy = DefaultPolicies.Create(Now)[0];

        Should.Throw<ArgumentException>(() => policy.Update(
            default, TimeLimit.Minutes(30), TimeLimit.Minutes(30), TimeLimit.WorkingDays(3), TimeLimit.WorkingDays(2), Now));
    }
}
