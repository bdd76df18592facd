using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets.Review;

public class ReviewPolicyTests
{
    private static readonly IReadOnlyList<ReviewPolicy> Defaults = ReviewPolicy.Defaults(Now);

    [Theory]
    [InlineData(RequestType.Complaint, false, true)]
    [InlineData(RequestType.Report, false, true)]
    [InlineData(RequestType.Consultation, false, false)]
    [InlineData(RequestType.HelpRequest, false, false)]
    [InlineData(RequestType.Suggestion, false, false)]
    [InlineData(RequestType.Praise, false, false)]
    [InlineData(RequestType.Consultation, true, true)]
    [InlineData(RequestType.HelpRequest, true, true)]
    public void By_default_complaints_reports_and_supervised_tickets_are_reviewed(RequestType type, bool supervised, bool reviewed)
    {
        (ReviewPolicy.Demanding(Defaults, type, supervised) is not null).ShouldBe(reviewed);
    }

    [Fact]
    public void Every_request_type_has_one_row_with_a_working_day_to_decide()
    {
        Defaults.Select(p => p.RequestType).ShouldBe(Enum.GetValues<RequestType>(), ignoreOrder: true);
        Defaults.ShouldAllBe(p => p.Limit == TimeLimit.WorkingDays(1));
    }

    [Fact]
    public void An_administrators_change_decides_from_then_on()
    {
        var rows = ReviewPolicy.Defaults(Now);
        rows.Single(p => p.RequestType == RequestType.Complaint).Update(false, false, TimeLimit.WorkingHours(4), Now);
        rows.Single(p => p.RequestType == RequestType.HelpRequest).Update(true, true, TimeLimit.WorkingHours(4), Now);

        ReviewPolicy.Demanding(rows, RequestType.Complaint, supervised: true).ShouldBeNull();
        ReviewPolicy.Demanding(rows, RequestType.HelpRequest, supervised: false).ShouldNotBeNull().Limit.ShouldBe(TimeLimit.WorkingHours(4));
    }
}
