using System.Collections.Concurrent;
using System.Diagnostics;
using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.Web.Tests.Http.Performance;

/// <summary>
/// The layout's badges (returns, extensions, replies in review and objections waiting, unread notifications, next year's
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
                || c.Sql.Contains("calendar_days", StringComparison.Ordinal)
                || c.Sql.Contains("objection_status", StringComparison.Ordinal)).ToList();
            badgeQueries.Count.ShouldBeLessThanOrEqualTo(1, string.Join("\n---\n", badgeQueries.Select(c => c.Sql)));
        }

        recorder.Commands.Count(c => c.Sql.Contains(LayoutBadges.Tag, StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(1);
    }

    /// <summary>Every command EF Core executes in this process while it lives, with the DbContext that ran it.</summary>
    private sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private readonly IDisposable _all;
        private readonly string _database;

        public CommandRecorder(string database)
        {
            _database = database;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public ConcurrentQueue<(DbContext? Context, string Sql)> Commands { get; } = new();

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && data.Command.Connection?.Database == _database)
            {
                Commands.Enqueue((data.Context, data.Command.CommandText));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
