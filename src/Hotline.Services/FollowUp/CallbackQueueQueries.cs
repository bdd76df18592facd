using System.Linq.Expressions;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.FollowUp;

/// <summary>
/// The callback queue's counts and page, compiled once (ADR 0043). Every filter is a parameter that is null when unused
/// (a filter that is a flag passes true or null), because EF generates and caches SQL per which parameters are null: an
/// unused filter leaves no trace in the SQL, and no plan has to allow for it.
/// </summary>
internal static class CallbackQueueQueries
{
    internal sealed class PageRow
    {
        public long Id { get; init; }
        public string Number { get; init; } = "";
        public bool IsSample { get; init; }
        public RequestType RequestType { get; init; }
        public Urgency Urgency { get; init; }
        public LocalizedName Category { get; init; } = null!;
        public LocalizedName? Lead { get; init; }
        public DateTimeOffset ResolvedAt { get; init; }
        public string? Result { get; init; }
        public DateTimeOffset DueAt { get; init; }
        public int Failed { get; init; }
        public string CallerPhone { get; init; } = "";
        public string? CallerName { get; init; }
        public int DuplicateCount { get; init; }
        public string? HeldBy { get; init; }
    }

    /// <summary>
    /// The tickets waiting for a callback (the partial index ix_tickets_awaiting_callback holds exactly these, ordered by
    /// callback deadline) under the filters: due before, sampled direct answers only, resolved ones only, one lead unit,
    /// a caller's phone or a number's start.
    /// </summary>
    [QueryPart]
    private static IQueryable<Ticket> Waiting(HotlineDbContext db, DateTimeOffset? dueBefore, bool? samples, bool? resolved, int? unit, string? phone,
        string? number) => throw new NotSupportedException("A query part: only its expression is used.");

    private static readonly Expression<Func<HotlineDbContext, DateTimeOffset?, bool?, bool?, int?, string?, string?, IQueryable<Ticket>>> WaitingPart =
        (db, dueBefore, samples, resolved, unit, phone, number) => db.Tickets.AsNoTracking()
            .Where(t => t.AwaitingCallback
                && (dueBefore == null || t.CallbackDueAt < dueBefore)
                && (samples == null || (t.IsCallbackSample && t.LeadUnitId == null))
                && (resolved == null || t.LeadUnitId != null)
                && (unit == null || t.LeadUnitId == unit)
                && (phone == null || t.CallerPhone == phone)
                && (number == null || t.Number.StartsWith(number)));

    public static readonly Func<HotlineDbContext, DateTimeOffset?, bool?, bool?, int?, string?, string?, CancellationToken, Task<int>> Count =
        EF.CompileAsyncQuery(QueryParts.Expand<Func<HotlineDbContext, DateTimeOffset?, bool?, bool?, int?, string?, string?, CancellationToken, int>>(
            (db, dueBefore, samples, resolved, unit, phone, number, ct) => Waiting(db, dueBefore, samples, resolved, unit, phone, number).Count(),
            (nameof(Waiting), WaitingPart)));

    public static readonly Func<HotlineDbContext, DateTimeOffset?, bool?, bool?, int?, string?, string?, DateTimeOffset, int, int, IAsyncEnumerable<PageRow>> Page =
        EF.CompileAsyncQuery(QueryParts.Expand<Func<HotlineDbContext, DateTimeOffset?, bool?, bool?, int?, string?, string?, DateTimeOffset, int, int, IQueryable<PageRow>>>(
            (db, dueBefore, samples, resolved, unit, phone, number, now, skip, take) =>
                Waiting(db, dueBefore, samples, resolved, unit, phone, number)
                    .OrderBy(t => t.CallbackDueAt).ThenBy(t => t.Id)
                    .Skip(skip).Take(take)
                    .Select(t => new PageRow
                    {
                        Id = t.Id,
                        Number = t.Number,
                        IsSample = t.LeadUnitId == null,
                        RequestType = t.RequestType,
                        Urgency = t.Urgency,
                        Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                        Lead = db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                        ResolvedAt = t.ResolvedAt ?? t.RegisteredAt,
                        Result = t.LeadUnitId == null
                            // A sampled direct answer: what the agent said, or else the knowledge-base article it came from.
                            ? t.Events.Where(e => e.Action == TicketAction.AnswerDirectly).Select(e => e.Note!.Substring(0, FollowUpService.ExcerptLength)).FirstOrDefault()
                                ?? db.KnowledgeArticleVersions.Where(v => v.ArticleId == t.AnswerArticleId && v.Number == t.AnswerArticleVersion).Select(v => v.Title).FirstOrDefault()
                            : t.ResolutionText!.Substring(0, FollowUpService.ExcerptLength),
                        DueAt = t.CallbackDueAt!.Value,
                        Failed = db.Callbacks.Count(c => c.TicketId == t.Id && c.Round == t.Round && !c.Reached),
                        CallerPhone = t.CallerPhone,
                        CallerName = t.CallerName,
                        DuplicateCount = t.DuplicateCount,
                        HeldBy = db.CallbackClaims.Where(c => c.TicketId == t.Id && c.ExpiresAt > now).Select(c => c.DisplayName).FirstOrDefault(),
                    }),
            (nameof(Waiting), WaitingPart)));
}
