using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Decisions;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Performance;

/// <summary>
/// The ticket page reads the ticket's events once (its timeline and its holdings share the rows) and the working
/// calendar at most once between edits of it: every database command of a request is recorded.
/// </summary>
public sealed class TicketPageReadsOnce(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_ticket_page_reads_its_events_once_and_a_second_view_reads_no_calendar()
    {
        var number = await app.ObjectedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var database = new Npgsql.NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;

        List<string> first;
        using (var recorder = new CommandRecorder(database))
        {
            var page = await client.GetDocumentAsync($"/Tickets/{number}");
            page.QuerySelector("[data-testid=holdings]").ShouldNotBeNull();
            first = Sql(recorder);
        }

        List<string> second;
        using (var recorder = new CommandRecorder(database))
        {
            await client.GetDocumentAsync($"/Tickets/{number}");
            second = Sql(recorder);
        }

        first.Count(c => c.Contains("FROM ticket_events", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n---\n", first));
        second.Count(c => c.Contains("FROM ticket_events", StringComparison.Ordinal)).ShouldBe(1);
        second.ShouldNotContain(c => c.Contains("calendar_days", StringComparison.Ordinal), "the calendar is kept between views");
    }

    /// <summary>
    /// The request's own commands: those of the DbContext that ran the layout's badge query (the request's scope), not the
    /// background folds', and without the badge query itself (which may ask whether next year's calendar is entered).
    /// </summary>
    private static List<string> Sql(CommandRecorder recorder)
    {
        var request = recorder.Commands.First(c => c.Sql.Contains(LayoutBadges.Tag, StringComparison.Ordinal)).Context;
        return [.. recorder.Commands.Where(c => ReferenceEquals(c.Context, request) && !c.Sql.Contains(LayoutBadges.Tag, StringComparison.Ordinal))
            .Select(c => c.Sql)];
    }
}
