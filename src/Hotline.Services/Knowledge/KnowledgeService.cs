using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Knowledge;

/// <summary>Finds knowledge-base articles an agent can read out during a call.</summary>
public sealed class KnowledgeService(HotlineDbContext db)
{
    public const int ResultSize = 10;

    /// <summary>Every word of the query must appear in the title, keywords or body; titles and popular articles first.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> SearchAsync(string? query, CancellationToken ct = default)
    {
        var words = (query ?? string.Empty).Trim();
        words = words.Length > Limits.SearchTextMax ? words[..Limits.SearchTextMax] : words;
        var articles = db.KnowledgeArticles.AsNoTracking().Where(a => a.IsActive);
        // Words are split at any white space, including the ideographic space (U+3000) a Chinese IME types.
        var terms = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in terms.Take(5))
        {
            var pattern = $"%{EscapeLike(word)}%";
            articles = articles.Where(a => EF.Functions.ILike(a.Title, pattern, LikeEscape) || EF.Functions.ILike(a.Keywords, pattern, LikeEscape) || EF.Functions.ILike(a.Body, pattern, LikeEscape));
        }

        var firstWord = $"%{EscapeLike(terms.FirstOrDefault() ?? string.Empty)}%";
        return await Summaries(articles
                .OrderByDescending(a => EF.Functions.ILike(a.Title, firstWord, LikeEscape))
                .ThenByDescending(a => a.UseCount)
                .ThenBy(a => a.Id)
                .Take(ResultSize))
            .ToListAsync(ct);
    }

    public async Task<ArticleSummary?> FindAsync(int id, CancellationToken ct = default) =>
        await Summaries(db.KnowledgeArticles.AsNoTracking().Where(a => a.Id == id && a.IsActive)).FirstOrDefaultAsync(ct);

    private IQueryable<ArticleSummary> Summaries(IQueryable<KnowledgeArticle> articles) =>
        articles.Select(a => new ArticleSummary(a.Id, a.Title, a.Body, a.Keywords,
            db.Categories.Where(c => c.Id == a.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).FirstOrDefault(),
            a.UseCount));

    /// <summary>The escape character <see cref="EscapeLike"/> uses. It must be passed to ILike explicitly: without it
    /// Npgsql writes <c>ESCAPE ''</c>, and the backslashes would be matched as text instead of escaping % and _.</summary>
    internal const string LikeEscape = "\\";

    internal static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
