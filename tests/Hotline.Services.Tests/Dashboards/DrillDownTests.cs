using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Every figure links to the ticket list filtered to exactly the tickets it counts.</summary>
public sealed class DrillDownTests : DatabaseTest<MeasuresFixture>, IClassFixture<MeasuresFixture>
{
    public DrillDownTests(MeasuresFixture app)
        : base(app) => app.MeasureNow();

    public static TheoryData<Measure, string?> UnitMeasures()
    {
        var data = new TheoryData<Measure, string?>();
        // Measure.Resolved is the hotline-wide set behind the average handling time, not a unit count.
        var measures = AssignmentMeasures.All.Where(m => m != Measure.Resolved).Concat(CallbackMeasures.All).Append(Measure.Extensions);
        foreach (var measure in measures)
        {
            foreach (var unit in new[] { "heating", "water", "housing", null })
            {
                data.Add(measure, unit);
            }
        }

        return data;
    }

    private async Task<PagedList<TicketListItem>> ListAsync(Measure measure, string? unit, string user = "supervisor")
    {
        var viewer = await App.ViewerAsync(user);
        var filter = new TicketFilter
        {
            Measure = measure,
            UnitId = unit is null ? null : App.Units[unit],
            From = MeasuresFixture.November.From,
            To = MeasuresFixture.November.To,
            PageSize = 100,
        };
        return await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(filter, viewer));
    }

    private async Task<string[]> NumbersAsync(Measure measure, string? unit) =>
        (await ListAsync(measure, unit)).Items.Select(i => i.Number).Order().ToArray();

    private string[] Tickets(params string[] names) => names.Select(n => App.Numbers[n]).Order().ToArray();

    [Theory]
    [MemberData(nameof(UnitMeasures))]
    public async Task A_unit_figure_s_list_holds_as_many_tickets_as_the_figure_counts(Measure measure, string? unit)
    {
        var counts = await App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(s => s.CountAsync(MeasuresFixture.November));
        // No ticket of the fixture counts twice in one November figure, so counts and lists must agree exactly.
        var expected = unit is null ? counts.Values.Sum(c => c.Count(measure)) : counts.GetValueOrDefault(App.Units[unit])?.Count(measure) ?? 0;

        var list = await ListAsync(measure, unit);

        list.TotalCount.ShouldBe((int)expected, $"{measure} {unit ?? "all units"}");
    }

    [Fact]
    public void Every_measure_has_a_drill_down()
    {
        var covered = AssignmentMeasures.All.Concat(CallbackMeasures.All).Concat(TicketMeasures.All).Append(Measure.Extensions);

        covered.Order().ShouldBe(Enum.GetValues<Measure>().Order());
    }

    [Fact]
    public async Task The_late_lists_name_the_late_tickets()
    {
        (await NumbersAsync(Measure.SignedLate, "heating")).ShouldBe(Tickets("T2", "T8"));
        (await NumbersAsync(Measure.ContactedLate, "heating")).ShouldBe(Tickets("T2", "T8"));
        (await NumbersAsync(Measure.ResolvedLate, "heating")).ShouldBe(Tickets("T2", "T8"));
    }

    [Fact]
    public async Task A_ticket_resolved_exactly_at_its_deadline_is_on_time()
    {
        (await NumbersAsync(Measure.ResolvedOnTime, "heating")).ShouldBe(Tickets("T1", "T3", "T4", "T5"));
    }

    [Fact]
    public async Task An_approved_extension_moves_the_deadline_the_ticket_is_measured_against()
    {
        (await NumbersAsync(Measure.ResolvedOnTime, "heating")).ShouldContain(App.Numbers["T5"]);
        (await NumbersAsync(Measure.Extensions, "heating")).ShouldBe(Tickets("T5"));
    }

    [Fact]
    public async Task A_ticket_taken_away_by_an_approved_return_counts_as_a_return_not_as_late()
    {
        (await NumbersAsync(Measure.Assigned, "heating")).ShouldNotContain(App.Numbers["T6"]);
        (await NumbersAsync(Measure.Returns, "heating")).ShouldBe(Tickets("T6"));
        (await NumbersAsync(Measure.Assigned, "water")).ShouldBe(Tickets("T6"));
    }

    [Fact]
    public async Task Replies_sent_back_by_review_list_their_tickets_by_dispatch_day()
    {
        (await NumbersAsync(Measure.ReviewReturns, "heating")).ShouldBe(Tickets("T4"));
        (await NumbersAsync(Measure.ReviewReturns, "water")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unreachable_callbacks_are_not_among_the_reached()
    {
        (await NumbersAsync(Measure.CallbacksReached, "heating")).ShouldBe(Tickets("T1", "T2", "T3"));
        (await NumbersAsync(Measure.Dissatisfied, "heating")).ShouldBeEmpty();
        (await NumbersAsync(Measure.Unsolved, "heating")).ShouldBe(Tickets("T2"));
    }

    [Fact]
    public async Task Undecided_clocks_are_not_listed_until_they_are_decided()
    {
        // T7 unsigned before its deadline; T7b signed (decided) but its first contact is still running.
        (await NumbersAsync(Measure.Assigned, "heating")).ShouldBe(Tickets("T1", "T2", "T4", "T5", "T7b", "T8"));
        (await NumbersAsync(Measure.ContactMeasured, "heating")).ShouldBe(Tickets("T1", "T2", "T4", "T5", "T8"));
    }

    [Fact]
    public async Task Hotline_wide_figures_list_the_tickets_they_count()
    {
        string[] plain = ["S-laishan", "S-urban", "S-ecology", "S-housing1", "S-housing2", "S-transport"];
        string[] heatingNovember = ["T1", "T2", "T4", "T5", "T6", "T7", "T7b", "T8"];

        (await NumbersAsync(Measure.Registered, null)).ShouldBe(Tickets([.. heatingNovember, .. plain, "D1", "P1"]));
        (await NumbersAsync(Measure.DirectlyAnswered, null)).ShouldBe(Tickets("D1"));
        (await NumbersAsync(Measure.Dispatched, null)).ShouldBe(Tickets([.. heatingNovember, .. plain]));
        // T8 went out a day after its dispatch deadline.
        (await NumbersAsync(Measure.DispatchedInTime, null)).ShouldBe(Tickets([.. heatingNovember.Where(n => n != "T8"), .. plain]));
        (await NumbersAsync(Measure.Dispatched, "heating")).ShouldBe(Tickets(heatingNovember));
    }

    [Fact]
    public async Task Open_overdue_and_nearly_due_are_counted_now_whatever_the_period()
    {
        (await NumbersAsync(Measure.Open, null)).ShouldBe(Tickets("T5", "T6", "T7", "T7b", "T8", "S-laishan", "S-urban", "S-ecology",
            "S-housing1", "S-housing2", "S-transport", "P1", "P2"));
        (await NumbersAsync(Measure.Open, "heating")).ShouldBe(Tickets("T5", "T7", "T7b", "T8"));
        // P1's dispatch clock ran out at midnight; T8's clocks long ago.
        (await NumbersAsync(Measure.Overdue, null)).ShouldBe(Tickets("P1", "T8"));
        (await NumbersAsync(Measure.Overdue, "heating")).ShouldBe(Tickets("T8"));
        // P2: 10 of 70 minutes left; T7: 2 of 16 hours left to sign for.
        (await NumbersAsync(Measure.NearlyDue, null)).ShouldBe(Tickets("P2", "T7"));
        (await NumbersAsync(Measure.NearlyDue, "heating")).ShouldBe(Tickets("T7"));
    }

    [Fact]
    public async Task A_liaison_s_drill_down_stays_within_their_unit_s_tickets()
    {
        var viewer = await App.ViewerAsync("liaison-water");
        var filter = new TicketFilter { Measure = Measure.Returns, UnitId = App.Units["heating"], From = MeasuresFixture.November.From, To = MeasuresFixture.November.To };

        var list = await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(filter, viewer));

        // Water was given T6 after heating returned it, so water sees it; nothing else of heating's.
        list.Items.Select(i => i.Number).ShouldBe([App.Numbers["T6"]]);
    }
}
