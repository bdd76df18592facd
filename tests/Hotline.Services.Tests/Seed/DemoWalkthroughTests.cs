using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data.Seed;
using Hotline.Services.Review;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Seed;

/// <summary>The demo's first run (`./build.sh run`) shows a ticket at each step of review, objection and delegation.</summary>
public sealed class DemoWalkthroughTests(DemoWalkthroughTests.Fixture app) : DatabaseTest<DemoWalkthroughTests.Fixture>(app),
    IClassFixture<DemoWalkthroughTests.Fixture>
{
    public sealed class Fixture : DatabaseFixture
    {
        protected override Task SeedAsync() => UseAsync<DemoDataSeeder>(s => s.SeedAsync(40, walkthrough: true));
    }

    private Task<List<Ticket>> TicketsAsync() =>
        App.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Events).ToListAsync());

    [Fact]
    public async Task Each_step_of_review_objection_and_delegation_has_a_ticket_and_the_sub_district_s_reply_goes_back_to_it()
    {
        var tickets = await TicketsAsync();

        var inReview = tickets.Where(t => t.Status == TicketStatus.UnderReview).ToList();
        inReview.Count.ShouldBe(2);
        inReview.ShouldContain(t => t.ReplyingUnitId != t.LeadUnitId, "a sub-unit's reply waits for review");
        tickets.ShouldContain(t => t.Status == TicketStatus.InProgress && t.Assignments.Any(a => a.IsLead && a.IsActive && a.ReviewReturns == 1));
        tickets.Count(t => t.PendingObjection != null).ShouldBe(1);
        tickets.ShouldContain(t => t.Assignments.Any(a => a.ObjectionStatus == RequestStatus.Approved) && t.Status == TicketStatus.InProgress);
        tickets.ShouldContain(t => t.ActiveDelegation != null && t.ActiveDelegation.SignedForAt != null && t.Status == TicketStatus.InProgress);
        tickets.SelectMany(t => t.Events).ShouldAllBe(e => e.At <= TestDatabase.DefaultNow);
        tickets.Select(t => t.Number).Distinct().Count().ShouldBe(tickets.Count);

        // A reviewer clicking through sends the sub-district's reply back: it goes back to the sub-district.
        var reply = inReview.Single(t => t.ReplyingUnitId != t.LeadUnitId);
        var supervisor = await App.ViewerAsync("supervisor");
        var input = new ReviewDecisionInput { Number = reply.Number, Note = "请补充约谈后的回访情况。", Version = await App.VersionAsync(reply.Number) };

        (await App.UseAsync<ReviewService, ServiceResult<string>>(s => s.SendBackAsync(input, supervisor))).Errors.ShouldBeEmpty();

        var ticket = (await TicketsAsync()).Single(t => t.Number == reply.Number);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.ActiveDelegation.ShouldNotBeNull().ReviewReturns.ShouldBe(1);
    }
}
