using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Services.Dashboards;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The supervisor dashboard as HTML: its figures are the service's, and every number leads to its tickets.</summary>
public sealed class DashboardPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Today = "From=2026-11-23&To=2026-11-23";
    private const string Month = "From=2026-11-01&To=2026-11-30";

    [Fact]
    public async Task The_figures_at_a_glance_link_to_their_measures_for_today_or_this_month()
    {
        var (page, figures) = await OpenAsync();

        Link(page, "kpi-registered-value").ShouldBe($"/Tickets?Measure=Registered&{Today}");
        Text(page, "kpi-registered-value").ShouldBe(figures.Today.TicketsRegistered.ToString("N0", null));
        Link(page, "kpi-direct-numerator").ShouldBe($"/Tickets?Measure=DirectlyAnswered&{Today}");
        Link(page, "kpi-direct-denominator").ShouldBe($"/Tickets?Measure=Registered&{Today}");
        Link(page, "kpi-dispatched-numerator").ShouldBe($"/Tickets?Measure=DispatchedInTime&{Today}");
        Link(page, "kpi-dispatched-value").ShouldBe($"/Tickets?Measure=Dispatched&{Today}");
        Link(page, "kpi-open-value").ShouldBe("/Tickets?Measure=Open");
        Link(page, "kpi-overdue-value").ShouldBe("/Tickets?Measure=Overdue");
        Link(page, "kpi-nearly-due-value").ShouldBe("/Tickets?Measure=NearlyDue");
        Link(page, "kpi-on-time-numerator").ShouldBe($"/Tickets?Measure=ResolvedOnTime&{Month}");
        Link(page, "kpi-on-time-value").ShouldBe($"/Tickets?Measure=FellDue&{Month}");
        Link(page, "kpi-satisfaction-value").ShouldBe($"/Tickets?Measure=CallbacksReached&{Month}");
        Link(page, "kpi-handling-value").ShouldBe($"/Tickets?Measure=Resolved&{Month}");
        Text(page, "kpi-open-value").ShouldBe(figures.Today.Open.ToString("N0", null));
    }

    [Fact]
    public async Task Calls_today_and_the_15_second_rate_count_every_call_of_the_local_day_with_a_measured_answer_time()
    {
        var (page, _) = await OpenAsync();
        var midnight = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var waits = await app.ReadAsync(db => db.Calls.Where(c => c.StartedAt >= midnight && c.StartedAt < midnight.AddDays(1))
            .Select(c => c.AnsweredAt - c.StartedAt).ToListAsync());

        // The demo day's calls (the telephone system timed them all) and the three added at 5 s, 12 s and 30 s.
        var timed = waits.Where(w => w != null).ToList();
        var within = timed.Count(w => w <= TimeSpan.FromSeconds(15));
        Text(page, "kpi-calls-value").ShouldBe(waits.Count.ToString("N0", null));
        timed.Count.ShouldBeGreaterThan(3);
        Text(page, "kpi-answered-value").ShouldBe((100.0 * within / timed.Count).ToString("0.0", CultureInfo.InvariantCulture) + "%");
    }

    [Fact]
    public async Task Every_number_in_the_tables_is_a_link_to_the_ticket_list()
    {
        var (page, _) = await OpenAsync();

        var cells = page.QuerySelectorAll("[data-testid=backlog-table] td, [data-testid=heat-table] td, [data-testid=surges-table] td, [data-testid=repeat-table] td")
            .Where(td => td.TextContent.Trim().Any(char.IsAsciiDigit) && !td.TextContent.Contains('±') && !td.TextContent.Contains(':'))
            .ToList();

        cells.Count.ShouldBeGreaterThan(20);
        cells.ShouldAllBe(td => td.QuerySelector("a[href^='/Tickets?']") != null);
    }

    [Fact]
    public async Task The_backlog_links_units_by_id_and_the_dispatch_queue_by_status()
    {
        var (page, figures) = await OpenAsync();
        var rows = page.QuerySelectorAll("[data-testid=backlog-row]");

        var pending = rows[0];
        pending.QuerySelector("th")!.TextContent.ShouldBe("待派单");
        pending.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(
            ["/Tickets?Status=PendingDispatch", "/Tickets?Measure=Overdue&Status=PendingDispatch", "/Tickets?Measure=NearlyDue&Status=PendingDispatch"]);
        var unit = figures.Backlog.First(b => !b.IsPendingDispatch);
        var row = rows.Single(r => r.GetAttribute("data-unit-id") == unit.UnitId.ToString());
        row.QuerySelector("th")!.TextContent.ShouldBe(unit.Unit!.Zh);
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/Tickets?Measure=Open&UnitId={unit.UnitId}");
    }

    [Fact]
    public async Task The_cold_snap_is_among_the_surging_categories_and_its_count_opens_that_days_heating_tickets()
    {
        var (page, figures) = await OpenAsync();

        var heating = figures.Surges.ShouldHaveSingleItem();
        heating.PeakCount.ShouldBeGreaterThanOrEqualTo(DashboardWebData.ColdSnapTickets);
        var row = page.QuerySelector("[data-testid=surge-row]")!;
        row.TextContent.ShouldContain("公用事业 › 供暖");
        row.QuerySelector("[data-testid=surge-count]")!.GetAttribute("href")
            .ShouldBe($"/Tickets?CategoryId={heating.CategoryId}&From=2026-11-22&To=2026-11-22");
    }

    [Fact]
    public async Task Repeat_callers_are_shown_masked_and_link_to_their_tickets()
    {
        var (page, figures) = await OpenAsync();

        var caller = figures.RepeatCallers[0];
        var row = page.QuerySelector("[data-testid=repeat-row]")!;
        row.QuerySelector("th")!.TextContent.ShouldBe(caller.MaskedPhone);
        row.QuerySelector("[data-testid=repeat-count]")!.GetAttribute("href")
            .ShouldBe($"/Tickets?Phone={caller.Phone}&From=2026-10-25&To=2026-11-23");
        page.QuerySelector("[data-testid=repeat-table]")!.TextContent.ShouldNotContain(caller.Phone);
    }

    [Fact]
    public async Task The_trend_chart_has_its_data_table_and_uses_only_the_vendored_chart_js()
    {
        var (page, _) = await OpenAsync();

        page.QuerySelector("canvas[data-testid=trend-chart]").ShouldNotBeNull();
        page.QuerySelectorAll("details[data-testid=trend-table] tbody tr").Length.ShouldBe(30);
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        scripts.ShouldContain(s => s.StartsWith("/lib/chart.js-4.6.1/chart.umd.min.js", StringComparison.Ordinal));
        scripts.Concat(page.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!)).ShouldAllBe(u => u.StartsWith('/'));
        (await new HtmlClient(app).GetAsync("/lib/chart.js-4.6.1/chart.umd.min.js")).Content.Headers.ContentLength.ShouldNotBeNull().ShouldBeGreaterThan(100_000);
    }

    [Fact]
    public async Task The_ranking_panel_leads_to_the_monthly_ranking()
    {
        var (page, _) = await OpenAsync();

        page.QuerySelector("[data-testid=ranking-link]")!.GetAttribute("href").ShouldBe("/Dashboards/Ranking");
    }

    [Fact]
    public async Task A_heat_cell_opens_the_ticket_list_filtered_to_that_category_and_day()
    {
        var (page, _) = await OpenAsync();
        var cell = page.QuerySelectorAll("[data-testid=heat-table] td.heat-cell a")[0];
        using var client = await SignedInAsync();

        var list = await client.GetDocumentAsync(cell.GetAttribute("href")!);

        list.QuerySelector("[data-testid=result-count]")!.TextContent.ShouldBe($"共 {cell.TextContent.Trim()} 条工单");
    }

    private async Task<(IHtmlDocument Page, SupervisorDashboard Figures)> OpenAsync()
    {
        await app.ColdSnapAsync();
        using var client = await SignedInAsync();
        var page = await client.GetDocumentAsync("/Dashboards");
        await using var scope = app.AppServices.CreateAsyncScope();
        var figures = await scope.ServiceProvider.GetRequiredService<HotlineDashboardService>().GetAsync();
        return (page, figures);
    }

    private async Task<HtmlClient> SignedInAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        return client;
    }

    private static string? Link(IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")!.GetAttribute("href");

    private static string Text(IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
