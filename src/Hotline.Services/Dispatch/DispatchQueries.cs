using System.Linq.Expressions;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dispatch;

/// <summary>
/// The dispatch queue's count and page, compiled once (ADR 0043): the filters are parameters, and EF generates (and
/// caches) SQL per which of them are null, so an unused filter leaves no trace in the SQL.
/// </summary>
internal static class DispatchQueries
{
    internal sealed class PageRow
    {
        public string Number { get; init; } = "";
        public DateTimeOffset RegisteredAt { get; init; }
        public DateTimeOffset? DispatchRestartedAt { get; init; }
        public DateTimeOffset? DispatchDueAt { get; init; }
        public Urgency Urgency { get; init; }
        public RequestType RequestType { get; init; }
        public int UrgeCount { get; init; }
        public SupervisionLevel? Supervision { get; init; }
        public string? SupervisionNote { get; init; }
        public Channel Channel { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public string? MediaUrl { get; init; }
        public string Content { get; init; } = "";
        public LocalizedName Category { get; init; } = null!;
        public LocalizedName? Area { get; init; }
        public LocalizedName? Suggested { get; init; }
        public TicketStatus Status { get; init; }
    }

    /// <summary>Tickets waiting for dispatch under the filters (a category or its children, an area or its townships, urgency).</summary>
    [QueryPart]
    private static IQueryable<Ticket> Waiting(HotlineDbContext db, int? category, int? area, Urgency? urgency) =>
        throw new NotSupportedException("A query part: only its expression is used.");

    private static readonly Expression<Func<HotlineDbContext, int?, int?, Urgency?, IQueryable<Ticket>>> WaitingPart =
        (db, category, area, urgency) => db.Tickets.AsNoTracking()
            .Where(t => t.Status == TicketStatus.PendingDispatch
                && (category == null || t.CategoryId == category || db.Categories.Any(c => c.Id == t.CategoryId && c.ParentId == category))
                && (area == null || t.AreaUnitId == area || db.Units.Any(u => u.Id == t.AreaUnitId && u.ParentId == area))
                && (urgency == null || t.Urgency == urgency));

    public static readonly Func<HotlineDbContext, int?, int?, Urgency?, CancellationToken, Task<int>> Count =
        EF.CompileAsyncQuery(QueryParts.Expand<Func<HotlineDbContext, int?, int?, Urgency?, CancellationToken, int>>(
            (db, category, area, urgency, ct) => Waiting(db, category, area, urgency).Count(),
            (nameof(Waiting), WaitingPart)));

    /// <summary>
    /// A page of the queue. A supervisor flagged supervised tickets on purpose, and there are few: like the workbench, they
    /// go on top. The order is total (ending with the id) and follows the filters, so pages neither repeat nor skip a
    /// ticket. It is the order of the index ix_tickets_dispatch_queue (Data/Sql/queue_indexes.sql), which holds the ids:
    /// the page's ids come from the index alone, then only its rows are read.
    /// </summary>
    public static readonly Func<HotlineDbContext, int?, int?, Urgency?, int, int, IAsyncEnumerable<PageRow>> Page =
        EF.CompileAsyncQuery(QueryParts.Expand<Func<HotlineDbContext, int?, int?, Urgency?, int, int, IQueryable<PageRow>>>(
            (db, category, area, urgency, skip, take) =>
                from id in Waiting(db, category, area, urgency)
                    .OrderByDescending(t => t.Supervision ?? 0).ThenByDescending(t => t.Urgency).ThenBy(t => t.DispatchDueAt).ThenBy(t => t.Id)
                    .Skip(skip).Take(take)
                    .Select(t => t.Id)
                join t in db.Tickets.AsNoTracking() on id equals t.Id
                orderby t.Supervision ?? 0 descending, t.Urgency descending, t.DispatchDueAt, t.Id
                select new PageRow
                {
                    Number = t.Number,
                    RegisteredAt = t.RegisteredAt,
                    DispatchRestartedAt = t.DispatchRestartedAt,
                    DispatchDueAt = t.DispatchDueAt,
                    Urgency = t.Urgency,
                    RequestType = t.RequestType,
                    UrgeCount = t.UrgeCount,
                    Supervision = t.Supervision,
                    SupervisionNote = t.SupervisionNote,
                    Channel = t.Channel,
                    Latitude = t.Latitude,
                    Longitude = t.Longitude,
                    MediaUrl = t.MediaUrl,
                    Content = t.Content.Substring(0, DispatchService.ExcerptLength),
                    Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                    Area = db.Units.Where(u => u.Id == t.AreaUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                    Suggested = db.Units.Where(u => u.Id == t.SuggestedUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                    Status = t.Status,
                },
            (nameof(Waiting), WaitingPart)));
}
