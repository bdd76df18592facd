using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class DefaultPoliciesTests
{
    private static readonly DateTimeOffset Now = Beijing(2026, 1, 1, 9, 0);

    public static TheoryData<RequestType, TimeLimit, TimeLimit, TimeLimit, TimeLimit> NormalRows => new()
    {
        { RequestType.Consultation, TimeLimit.Hours(1), TimeLimit.WorkingHours(1), TimeLimit.WorkingHours(2), TimeLimit.WorkingHours(2) },
        { RequestType.HelpRequest, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(2) },
        { RequestType.Complaint, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(5) },
        { RequestType.Report, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(5) },
        { RequestType.Suggestion, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(5) },
        { RequestType.Praise, TimeLimit.Hours(4), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(5) },
    };

    [Theory]
    [MemberData(nameof(NormalRows))]
    public void Normal_requests_get_the_published_limits(
        RequestType type, TimeLimit dispatch, TimeLimit signFor, TimeLimit firstContact, TimeLimit resolve)
    {
        var policy = DeadlinePolicy.Find(DefaultPolicies.Create(Now), type, Urgency.Normal);

        policy.Dispatch.ShouldBe(dispatch);
        policy.SignFor.ShouldBe(signFor);
        policy.FirstContact.ShouldBe(firstContact);
        policy.Resolve.ShouldBe(resolve);
    }

    [Theory]
    [InlineData(RequestType.Consultation)]
    [InlineData(RequestType.HelpRequest)]
    [InlineData(RequestType.Complaint)]
    [InlineData(RequestType.Report)]
    [InlineData(RequestType.Suggestion)]
    [InlineData(RequestType.Praise)]
    public void Urgent_requests_of_every_type_get_the_urgent_limits(RequestType type)
    {
        var policy = DeadlinePolicy.Find(DefaultPolicies.Create(Now), type, Urgency.Urgent);

        policy.Dispatch.ShouldBe(TimeLimit.Minutes(15));
        policy.SignFor.ShouldBe(TimeLimit.Minutes(30));
        policy.FirstContact.ShouldBe(TimeLimit.Minutes(30));
        policy.Resolve.ShouldBe(TimeLimit.WorkingDays(3));
    }

    [Fact]
    public void There_is_one_urgent_row_and_one_normal_row_per_type()
    {
        var policies = DefaultPolicies.Create(Now);

        policies.Count.ShouldBe(7);
        policies.Select(p => (p.RequestType, p.Urgency)).Distinct().Count().ShouldBe(7);
        policies.Count(p => p.RequestType is null).ShouldBe(1);
    }

    [Fact]
    public void Every_row_allows_two_working_days_for_the_callback_and_is_stamped()
    {
        DefaultPolicies.Create(Now).ShouldAllBe(p => p.Callback == TimeLimit.WorkingDays(2) && p.UpdatedAt == Now);
    }

    [Fact]
    public void Each_call_creates_new_rows()
    {
        DefaultPolicies.Create(Now)[0].ShouldNotBeSameAs(DefaultPolicies.Create(Now)[0]);
    }
}
