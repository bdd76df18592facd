using Hotline.Services.Data;
using Hotline.Services.Knowledge;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Tickets;

/// <summary>The bigram pre-filter only narrows the rows the ILIKE looks at: it must never change what is found.</summary>
public sealed class BigramSearchMatchesPlainIlike(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Theory]
    [InlineData("暖")]
    [InlineData("区")]
    [InlineData("供暖")]
    [InlineData("暖气")]
    [InlineData("号楼")]
    [InlineData("暖气不热")]
    [InlineData("室温仅12度")]
    [InlineData("热力公司")]
    [InlineData("12")]
    [InlineData("h")]
    [InlineData("He")]
    [InlineData("heating")]
    [InlineData("HEATING road")]
    [InlineData("x_2")]
    [InlineData("%")]
    [InlineData("没有这样的内容")]
    public async Task Chinese_and_Latin_queries_of_any_length_find_the_same_tickets(string text)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        await AddLatinTextAsync(db);

        var found = await db.Tickets.WhereContains(text).Select(t => t.Number).OrderBy(n => n).ToListAsync();

        var pattern = $"%{KnowledgeService.EscapeLike(text)}%";
        var plain = await db.Database.SqlQuery<string>($"""
            SELECT number AS "Value" FROM tickets
            WHERE content ILIKE {pattern} ESCAPE '\' OR address ILIKE {pattern} ESCAPE '\'
            ORDER BY number
            """).ToListAsync();
        found.ShouldBe(plain);
        if (text != "没有这样的内容")
        {
            found.ShouldNotBeEmpty();
        }
    }

    /// <summary>The demo texts are Chinese; some tickets get Latin words in mixed case, in content and in address.</summary>
    private static Task<int> AddLatinTextAsync(HotlineDbContext db) => db.Database.ExecuteSqlRawAsync("""
        UPDATE tickets SET content = content || ' Heating Road WX_2026 100%' WHERE id % 5 = 0 AND content NOT LIKE '%Heating Road%';
        UPDATE tickets SET address = address || ' HEATING ROAD' WHERE id % 7 = 0 AND address NOT LIKE '%HEATING%';
        """);
}
