using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Performance;

/// <summary>
/// The layout's badges (returns, extensions, replies in review, objections and appeals waiting, unread notifications, next year's
/// calendar) cost a page one query at most, whoever signs in: every database command of each request is recorded through
/// EF Core's DiagnosticListener, grouped by the request's DbContext.
/// </summary>
public sealed class LayoutBadgesAreOneQuery : IClassFixture<HotlineWebFactory>
{
    // December, when the calendar check runs too; before signing in (a jump would outlive the cookie).
    private static readonly DateTimeOffset December = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly HotlineWebFactory _app;

    public LayoutBadgesAreOneQuery(HotlineWebFactory app)
    {
        _app = app;
        if (_app.Clock.GetUtcNow() < December)
        {
            _app.Clock.SetUtcNow(December);
        }
    }

    [Theory]
    [InlineData("supervisor", "/Dashboards/Ranking")]
    [InlineData("dispatcher", "/Tickets")]
    [InlineData("admin", "/Tickets")]
    [InlineData("liaison-heating", "/Units/Performance")]
    public async Task A_page_render_reads_the_badges_in_at_most_one_query(string user, string path)
    {
        using var client = new HtmlClient(_app);
        await client.LoginAsync(user);
        // The listener hears every test host of this process: keep the commands sent to this host's database.
        using var recorder = new CommandRecorder(new Npgsql.NpgsqlConnectionStringBuilder(_app.ConnectionString).Database!);

        var page = await client.GetDocumentAsync(path);

        page.QuerySelector("[data-testid=nav-notifications], a[href='/Notifications']").ShouldNotBeNull();
        var requests = recorder.Commands.GroupBy(c => c.Context).ToList();
        requests.ShouldNotBeEmpty();
        foreach (var request in requests)
        {
            // The badge query is tagged; any other command on the badges' tables would be a second one.
            var badgeQueries = request.Where(c => c.Sql.Contains(LayoutBadges.Tag, StringComparison.Ordinal)
                || c.Sql.Contains("notifications", StringComparison.Ordinal)
                || c.Sql.Contains("extension_requests", StringComparison.Ordinal)
                || c.Sql.Contains("calendar_days", StringComparison.Ordinal)).ToList();
            badgeQueries.Count.ShouldBeLessThanOrEqualTo(1, string.Join("\n---\n", badgeQueries.Select(c => c.Sql)));
        }

        var tagged = recorder.Commands.Where(c => c.Sql.Contains(LayoutBadges.Tag, StringComparison.Ordinal)).ToList();
        tagged.Count.ShouldBeGreaterThanOrEqualTo(1);
        if (user is "dispatcher" or "supervisor")
        {
            // The objections waiting for arbitration are counted inside the one badge query, not by a query of their own.
            tagged.ShouldAllBe(c => c.Sql.Contains("objection_status", StringComparison.Ordinal));
        }

        if (user is "supervisor")
        {
            // So are the appeals waiting for a decision.
            tagged.ShouldAllBe(c => c.Sql.Contains("FROM appeals", StringComparison.Ordinal));
        }
    }
}
