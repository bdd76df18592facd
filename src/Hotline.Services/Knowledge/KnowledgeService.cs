using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Knowledge;

/// <summary>Finds knowledge-base articles an agent can read out during a call: published and valid today.</summary>
public sealed class KnowledgeService(HotlineDbContext db, HotlineClock clock)
{
    public const int ResultSize = 10;

    /// <summary>Articles holding enough of each word's bigrams ("居住证怎么办" finds 居住证办理流程), the most shared
    /// first (title and keywords count three times), then the most used; with no question, the most used.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> SearchAsync(string? query, CancellationToken ct = default)
    {
        var text = (query ?? string.Empty).Trim();
        text = text.Length > Limits.SearchTextMax ? text[..Limits.SearchTextMax] : text;
        var words = ArticleSearch.Words(text);
        var articles = db.KnowledgeArticles.AsNoTracking().Where(ArticleSearch.OfferedOn(clock.LocalToday));
        if (words.Count == 0)
        {
            return await Summaries(articles.OrderByDescending(a => a.UseCount).ThenBy(a => a.Id).Take(ResultSize)).ToListAsync(ct);
        }

        var grams = words.SelectMany(w => w).Distinct(StringComparer.Ordinal).ToArray();
        // A one-character word has no bigram for the index to find: then the (small) table is read whole.
        if (words.All(w => w[0].EnumerateRunes().Count() == 2))
        {
            articles = articles.Where(a => ArticleSearch.MayMatch(a.Title, a.Keywords, a.Body, grams));
        }

        foreach (var word in words)
        {
            var needed = ArticleSearch.Needed(word);
            articles = articles.Where(a => ArticleSearch.Hits(a.Title + " " + a.Keywords + " " + a.Body, word) >= needed);
        }

        return await Summaries(articles
                .OrderByDescending(a => (ArticleSearch.Hits(a.Title + " " + a.Keywords, grams) * 3) + ArticleSearch.Hits(a.Body, grams))
                .ThenByDescending(a => a.UseCount)
                .ThenBy(a => a.Id)
                .Take(ResultSize))
            .ToListAsync(ct);
    }

    public async Task<ArticleSummary?> FindAsync(int id, CancellationToken ct = default) =>
        await Summaries(db.KnowledgeArticles.AsNoTracking().Where(ArticleSearch.OfferedOn(clock.LocalToday)).Where(a => a.Id == id)).FirstOrDefaultAsync(ct);

    private IQueryable<ArticleSummary> Summaries(IQueryable<KnowledgeArticle> articles) =>
        articles.Select(a => new ArticleSummary(a.Id, a.Version, a.Title, a.Body, a.Keywords,
            db.Categories.Where(c => a.CategoryIds.Contains(c.Id)).OrderBy(c => c.SortOrder).Select(c => new LocalizedName(c.NameZh, c.NameEn)).FirstOrDefault(),
            a.UseCount));

    /// <summary>The escape character <see cref="EscapeLike"/> uses. It must be passed to ILike explicitly: without it
    /// Npgsql writes <c>ESCAPE ''</c>, and the backslashes would be matched as text instead of escaping % and _.</summary>
    internal const string LikeEscape = "\\";

    internal static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
