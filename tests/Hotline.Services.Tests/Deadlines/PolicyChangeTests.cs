using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Deadlines;

public sealed class PolicyChangeTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Changing_a_policy_leaves_stored_deadlines_alone_and_applies_to_new_tickets()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var earlier = await App.RegisterAsync(IntakeInputs.Register(heating));

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.WriteAsync(async db =>
        {
            var complaint = await db.DeadlinePolicies.SingleAsync(p => p.RequestType == RequestType.Complaint && p.Urgency == Urgency.Normal);
            complaint.Update(TimeLimit.Hours(2), complaint.SignFor, complaint.FirstContact, complaint.Resolve, complaint.Callback, App.Clock.GetUtcNow());
        });
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await App.RegisterAsync(IntakeInputs.Register(heating));

        (await App.TicketAsync(earlier)).DispatchDueAt.ShouldBe(TestDatabase.DefaultNow.AddHours(4));
        (await App.TicketAsync(later)).DispatchDueAt.ShouldBe(TestDatabase.DefaultNow.AddMinutes(10).AddHours(2));
    }
}
