using System.Linq.Expressions;
using Hotline.Domain.Knowledge;

namespace Hotline.Services.Knowledge;

/// <summary>
/// Knowledge-base search by shared character bigrams (docs/decisions/0014): the question's bigrams, an overlap test the
/// GIN index answers, and a rank by how many of them an article holds. The SQL functions are in Data/Sql.
/// </summary>
public static class ArticleSearch
{
    /// <summary>A word of more than two bigrams matches an article holding this share of them (at least two):
    /// "居住证怎么办" matches the article on 居住证 by 居住 and 住证. Shorter words must match whole.</summary>
    public const double MinShare = 0.3;

    /// <summary>Words of a question beyond these are ignored.</summary>
    public const int MaxWords = 5;

    /// <summary>Mapped to <c>hotline_article_may_match</c>: the article shares a bigram with the question.</summary>
    public static bool MayMatch(string title, string keywords, string body, string[] grams) =>
        throw new InvalidOperationException("Only for use in database queries.");

    /// <summary>Mapped to <c>hotline_gram_hits</c>: how many of the grams occur in the text.</summary>
    public static int Hits(string text, string[] grams) =>
        throw new InvalidOperationException("Only for use in database queries.");

    /// <summary>The distinct lower-case character bigrams of each word of the question (a one-character word is
    /// its own gram). Words split at any white space, the ideographic space a Chinese IME types included.</summary>
    public static IReadOnlyList<string[]> Words(string? question) =>
        (question ?? string.Empty).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxWords)
            .Select(Grams)
            .ToList();

    /// <summary>How many of a word's grams an article must hold.</summary>
    public static int Needed(string[] grams)
    {
        ArgumentNullException.ThrowIfNull(grams);
        return grams.Length <= 2 ? grams.Length : Math.Max(2, (int)Math.Ceiling(grams.Length * MinShare));
    }

    private static string[] Grams(string word)
    {
        var runes = word.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count == 1)
        {
            return [runes[0]];
        }

        return [.. Enumerable.Range(0, runes.Count - 1).Select(i => runes[i] + runes[i + 1]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Published and valid on the local date: what agents are offered.</summary>
    public static Expression<Func<KnowledgeArticle, bool>> OfferedOn(DateOnly today) =>
        a => a.Status == ArticleStatus.Published && (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidUntil == null || a.ValidUntil >= today);
}
