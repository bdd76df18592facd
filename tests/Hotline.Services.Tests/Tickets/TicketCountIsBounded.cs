using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Tickets;

/// <summary>Past 10,000 matches the list stops counting ("more than 10,000"), yet paging forward keeps working to the last page.</summary>
public sealed class TicketCountIsBounded(TicketCountIsBounded.ManyTickets app) : DatabaseTest<TicketCountIsBounded.ManyTickets>(app),
    IClassFixture<TicketCountIsBounded.ManyTickets>
{
    private const int Copies = 10_050;

    [Fact]
    public async Task More_than_ten_thousand_matches_are_shown_as_ten_thousand_plus_with_a_next_page()
    {
        var page = await SearchAsync(new TicketFilter());

        page.IsCountCapped.ShouldBeTrue();
        page.TotalCount.ShouldBe(TicketQueryService.CountCap);
        page.Items.Count.ShouldBe(page.PageSize);
        page.HasNext.ShouldBeTrue();
    }

    [Fact]
    public async Task The_last_page_of_the_cap_still_leads_to_the_next_one()
    {
        var page = await SearchAsync(new TicketFilter { Page = TicketQueryService.CountCap / 20, PageSize = 20 });

        page.IsCountCapped.ShouldBeTrue();
        page.HasNext.ShouldBeTrue();
    }

    [Fact]
    public async Task The_very_last_page_counts_exactly_and_has_no_next_page()
    {
        var total = Copies + await App.UseAsync<HotlineDbContext, int>(db => db.Tickets.CountAsync(t => !t.Number.StartsWith("20250101-")));
        var last = (total + 19) / 20;

        var page = await SearchAsync(new TicketFilter { Page = last, PageSize = 20 });

        page.IsCountCapped.ShouldBeFalse();
        page.TotalCount.ShouldBe(total);
        page.Items.Count.ShouldBe(total - ((last - 1) * 20));
        page.HasNext.ShouldBeFalse();
    }

    [Fact]
    public async Task A_filter_with_fewer_matches_is_counted_exactly()
    {
        var page = await SearchAsync(new TicketFilter { Number = "20250101-0001" });

        page.IsCountCapped.ShouldBeFalse();
        page.TotalCount.ShouldBe(10);
    }

    [Fact]
    public async Task A_text_matching_more_than_a_thousand_tickets_stops_counting_there_and_lists_the_newest()
    {
        var text = await App.UseAsync<HotlineDbContext, string>(db => db.Tickets.Where(t => t.Number == "20250101-00001").Select(t => t.Content.Substring(0, 4)).SingleAsync());

        var page = await SearchAsync(new TicketFilter { Text = text });

        page.IsCountCapped.ShouldBeTrue();
        page.TotalCount.ShouldBe(TicketQueryService.TextCountCap);
        var newest = await App.UseAsync<HotlineDbContext, List<string>>(db => db.Database.SqlQuery<string>($"""
            SELECT number AS "Value" FROM tickets WHERE content LIKE {"%" + text + "%"} OR address LIKE {"%" + text + "%"}
            ORDER BY registered_at DESC, id DESC LIMIT 20
            """).ToListAsync());
        page.Items.Select(i => i.Number).ShouldBe(newest);
    }

    private async Task<PagedList<TicketListItem>> SearchAsync(TicketFilter filter)
    {
        var viewer = await App.ViewerAsync("supervisor");
        return await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(filter, viewer));
    }

    /// <summary>The demo tickets and 10,050 copies of the first one, numbered 20250101-00001…10050, each from its own
    /// caller (copied in SQL: seconds, not minutes; one caller with ten thousand tickets a day would make the repeat
    /// callers' rollup update one row ten thousand times in one statement).</summary>
    public sealed class ManyTickets : DatabaseFixture
    {
        public ManyTickets()
            : base(Hotline.Testing.TestData.Demo)
        {
        }

        protected override async Task SeedAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            // Ten thousand inserts fire every rollup trigger once each: seconds on a quiet machine, but more than the
            // default 30 s while the whole suite runs in parallel on two cores.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            await db.Database.ExecuteSqlRawAsync($$"""
                DO $$
                DECLARE columns text;
                BEGIN
                    SELECT string_agg(quote_ident(column_name), ', ') INTO columns FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name = 'tickets' AND column_name NOT IN ('id', 'number', 'caller_phone');
                    EXECUTE format('INSERT INTO tickets (number, caller_phone, %s) SELECT ''20250101-'' || lpad(g::text, 5, ''0''), ''139'' || lpad(g::text, 8, ''0''), %s
                        FROM (SELECT * FROM tickets ORDER BY id LIMIT 1) t, generate_series(1, {{Copies}}) g', columns, columns);
                END $$;
                """);
        }
    }
}
