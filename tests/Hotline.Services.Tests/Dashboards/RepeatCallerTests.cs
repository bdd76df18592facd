using Hotline.Services.Tests.Infrastructure;
using static Hotline.Services.Tests.Dashboards.DashboardSteps;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Callers with several tickets in the last 30 days, most first, masked for display.</summary>
[Collection(DashboardCollection.Name)]
public sealed class RepeatCallerTests(DashboardFixture app) : DatabaseTest<DashboardFixture>(app)
{
    [Fact]
    public async Task Callers_with_two_or_more_tickets_are_listed_most_tickets_first()
    {
        var callers = (await App.DashboardAsync()).RepeatCallers;

        // M1 (2 Nov), Y1 (22 Nov), T2 (today 08:30); Y2 (22 Nov 23:59), T1 (today 00:01). Everyone else called once.
        callers.Select(c => (c.Phone, c.Tickets, c.LastAt)).ShouldBe(
        [
            (DashboardFixture.RepeatCaller, 3L, Local(11, 23, 8, 30)),
            (DashboardFixture.SecondRepeatCaller, 2L, Local(11, 23, 0, 1)),
        ]);
    }

    [Fact]
    public async Task Numbers_are_masked_as_everywhere_else()
    {
        var callers = (await App.DashboardAsync()).RepeatCallers;

        callers.Select(c => c.MaskedPhone).ShouldBe(["138****0001", "139****0002"]);
    }
}
