using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Tickets;

public sealed class TicketSearchDateRangeTests(TicketSearchFixture app) : DatabaseTest<TicketSearchFixture>(app), IClassFixture<TicketSearchFixture>
{
    private static readonly DateOnly Nov23 = new(2026, 11, 23);
    private static readonly DateOnly Nov24 = new(2026, 11, 24);

    [Fact]
    public async Task A_ticket_registered_at_17_utc_counts_as_the_next_local_day()
    {
        (await FindAsync(Nov24, Nov24)).ShouldBe([App.HeatingFee]);
    }

    [Fact]
    public async Task A_local_day_runs_from_local_midnight_to_local_midnight()
    {
        // The noise complaint came at 23:00 local (15:00 UTC) and still belongs to the 23rd.
        (await FindAsync(Nov23, Nov23)).ShouldBe([App.Heating, App.Water, App.Noise], ignoreOrder: true);
    }

    [Fact]
    public async Task Either_end_of_the_range_can_be_left_open()
    {
        (await FindAsync(Nov24, null)).ShouldBe([App.HeatingFee]);
        (await FindAsync(null, Nov23)).ShouldBe([App.Heating, App.Water, App.Noise], ignoreOrder: true);
        (await FindAsync(Nov23, null)).Count.ShouldBe(4);
        (await FindAsync(new DateOnly(2026, 11, 25), null)).ShouldBeEmpty();
        (await FindAsync(null, new DateOnly(2026, 11, 22))).ShouldBeEmpty();
    }

    private async Task<List<string>> FindAsync(DateOnly? from, DateOnly? to) =>
        (await App.SearchAsync(new TicketFilter { From = from, To = to })).Items.Select(i => i.Number).ToList();
}
