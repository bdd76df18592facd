using Hotline.Domain.Tickets;
using Hotline.Services.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tickets;

/// <summary>
/// "Content or address contains the text" (ILIKE '%text%'), fast on millions of tickets. Trigram indexes give
/// nothing for 2-character Chinese queries (供暖), so a GIN index over each ticket's character bigrams narrows the
/// rows first and the ILIKE rechecks them (for two characters the bigram is the text, so no recheck is needed): the
/// result is exactly the plain ILIKE's (docs/decisions/0009-bigram-search-for-short-chinese-queries.md).
/// </summary>
public static class TicketTextSearch
{
    /// <summary>Mapped to the SQL function <c>hotline_text_may_match</c> (SearchBigrams migration): true when every
    /// character bigram of the query occurs in the content or address. Only a pre-filter; never true alone.</summary>
    public static bool MayMatch(string content, string address, string query) =>
        throw new InvalidOperationException("Only for use in database queries.");

    /// <summary>
    /// The tickets whose content or address contains <paramref name="text"/>. <paramref name="common"/>: the text is
    /// known to match many tickets (the bounded count hit its cap), so reading the list in its order and testing
    /// each row finds a page sooner than collecting every match through the index first.
    /// </summary>
    public static IQueryable<Ticket> WhereContains(this IQueryable<Ticket> query, string text, bool common = false)
    {
        var pattern = $"%{KnowledgeService.EscapeLike(text)}%";
        var characters = CountCharacters(text);
        // One character has no bigram: the pre-filter would match everything, so the ILIKE alone decides.
        if (characters >= 2 && !common)
        {
            query = query.Where(t => MayMatch(t.Content, t.Address, text));
            // A two-character text occurs exactly where its one bigram does, so the index answers alone: common
            // two-character words (供暖) match thousands of tickets, and rechecking each with ILIKE is what costs.
            if (characters == 2)
            {
                return query;
            }
        }

        return query.Where(t => EF.Functions.ILike(t.Content, pattern, KnowledgeService.LikeEscape)
            || EF.Functions.ILike(t.Address, pattern, KnowledgeService.LikeEscape));
    }

    private static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
