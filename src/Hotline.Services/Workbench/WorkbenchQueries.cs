using System.Linq.Expressions;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Workbench;

/// <summary>
/// The queue's queries, compiled once (ADR 0043): the workbench is the page a liaison reloads all day, and building its
/// LINQ expression tree, then extracting its parameters and hashing it to find EF's cached SQL, was the largest part of
/// the page's own CPU and of its allocations. The filters are parameters; EF generates (and caches) SQL per which of them
/// are null, so an unused filter leaves no trace in the SQL.
/// </summary>
internal static class WorkbenchQueries
{
    /// <summary>One of the unit's assignments that is still open, with the tab it belongs in (none: its clocks stand still).</summary>
    internal sealed class Row
    {
        public Assignment Assignment { get; init; } = null!;
        public SupervisionLevel? Supervision { get; init; }
        public DateTimeOffset DueAt { get; init; }
        public WorkbenchGroup? Group { get; init; }
    }

    internal sealed class GroupCount
    {
        public WorkbenchGroup? Key { get; init; }
        public int Count { get; init; }
    }

    internal sealed class PageRow
    {
        public string Number { get; init; } = "";
        public WorkbenchGroup Group { get; init; }
        public AssignmentRole Role { get; init; }
        public TicketStatus Status { get; init; }
        public Urgency Urgency { get; init; }
        public RequestType RequestType { get; init; }
        public LocalizedName Category { get; init; } = null!;
        public string Address { get; init; } = "";
        public string Content { get; init; } = "";
        public DateTimeOffset DispatchedAt { get; init; }
        public ClockKind Clock { get; init; }
        public DateTimeOffset DueAt { get; init; }
        public uint Version { get; init; }
        public SupervisionLevel? Supervision { get; init; }
        public string? SupervisionNote { get; init; }
        public DateTimeOffset ResolveDueAt { get; init; }
        public int UrgeCount { get; init; }
    }

    /// <summary>The unit's open assignments under the filters (urgency; words in the number, content or address).</summary>
    [QueryPart]
    private static IQueryable<Row> Rows(HotlineDbContext db, int unitId, Urgency? urgency, string? text, string? pattern) =>
        throw new NotSupportedException("A query part: only its expression is used.");

    private static readonly Expression<Func<HotlineDbContext, int, Urgency?, string?, string?, IQueryable<Row>>> RowsPart =
        (db, unitId, urgency, text, pattern) =>
            from a in db.Assignments.AsNoTracking().Where(TicketStateCopy.WithUnits)
            let status = EF.Property<TicketStatus?>(a, TicketStateCopy.Status)
            // Resolved and assist-done assignments are never in a group, nor is one whose ticket's units' clocks stand
            // still; saying so, on the assignment's copy of its ticket's status (ADR 0038), lets the planner read the
            // small partial index ix_assignments_workbench (Data/Sql/queue_indexes.sql) alone for the counts and the keys.
            where a.IsActive && a.UnitId == unitId && a.ResolvedAt == null && a.AssistDoneAt == null
            // The filters ask the ticket once (one EXISTS), only when there is one.
                && ((urgency == null && text == null) || db.Tickets.Any(t => t.Id == a.TicketId
                    && (urgency == null || t.Urgency == urgency)
                    && (text == null || t.Number.StartsWith(text)
                        || EF.Functions.ILike(t.Content, pattern!, KnowledgeService.LikeEscape)
                        || EF.Functions.ILike(t.Address, pattern!, KnowledgeService.LikeEscape))))
            // Extension requests waiting for a decision are a handful in the city: one hashed list, not a lookup per row.
            let extensionPending = db.ExtensionRequests.Where(e => e.Status == RequestStatus.Pending).Select(e => e.AssignmentId).Contains(a.Id)
            select new Row
            {
                Assignment = a,
                Supervision = EF.Property<SupervisionLevel?>(a, TicketStateCopy.Supervision),
                // The clock the assignment runs (ADR 0018), stored with the row (assignments.clock_due_at, ADR 0033): it
                // runs, since every assignment in a group is active and unresolved on a ticket with the units.
                DueAt = EF.Property<DateTimeOffset>(a, StoredClock.DueAt),
                Group = a.Role == AssignmentRole.Assisting
                    ? WorkbenchGroup.Assisting
                    // 下派: a sub-unit's part follows the lead's clocks while the ticket is in progress with its parent.
                    : a.Role == AssignmentRole.Delegated
                        ? (status != TicketStatus.InProgress ? (WorkbenchGroup?)null
                            : a.SignedForAt == null ? WorkbenchGroup.ToSignFor
                            : a.FirstContactAt == null ? WorkbenchGroup.ToContact
                            : WorkbenchGroup.ToResolve)
                    : status == TicketStatus.ReturnRequested || (extensionPending && status == TicketStatus.InProgress)
                        || (a.ObjectionStatus == RequestStatus.Pending && status == TicketStatus.Dispatched) ? WorkbenchGroup.Pending
                    : status == TicketStatus.Dispatched ? WorkbenchGroup.ToSignFor
                    : status == TicketStatus.InProgress && a.FirstContactAt == null ? WorkbenchGroup.ToContact
                    : status == TicketStatus.InProgress ? WorkbenchGroup.ToResolve
                    : (WorkbenchGroup?)null,
            };

    /// <summary>A page of the shown rows: supervised tickets (督办) first, key before normal; then the most urgent clock.</summary>
    [QueryPart]
    private static IQueryable<PageRow> Page(HotlineDbContext db, IQueryable<Row> shown, int skip, int take) =>
        throw new NotSupportedException("A query part: only its expression is used.");

    private static readonly Expression<Func<HotlineDbContext, IQueryable<Row>, int, int, IQueryable<PageRow>>> PagePart =
        (db, shown, skip, take) =>
            // The order of the index, so the page's keys are its first rows; only the page's rows are read from the tables.
            from k in shown.OrderByDescending(r => r.Supervision ?? 0).ThenBy(r => r.DueAt).ThenBy(r => r.Assignment.Id)
                .Skip(skip).Take(take)
                .Select(r => new { r.Assignment.Id, r.Assignment.TicketId, Group = r.Group!.Value, r.DueAt, r.Supervision })
            join a in db.Assignments.AsNoTracking() on k.Id equals a.Id
            join t in db.Tickets.AsNoTracking() on k.TicketId equals t.Id
            orderby k.Supervision ?? 0 descending, k.DueAt, a.Id
            select new PageRow
            {
                Number = t.Number,
                Group = k.Group,
                Role = a.Role,
                Status = t.Status,
                Urgency = t.Urgency,
                RequestType = t.RequestType,
                Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Address = t.Address,
                Content = t.Content.Substring(0, WorkbenchService.ExcerptLength),
                DispatchedAt = a.DispatchedAt,
                Clock = EF.Property<ClockKind>(a, StoredClock.Kind),
                DueAt = k.DueAt,
                Version = t.Version,
                Supervision = t.Supervision,
                SupervisionNote = t.SupervisionNote,
                ResolveDueAt = a.ResolveDueAt,
                UrgeCount = t.UrgeCount,
            };

    /// <summary>How many rows each tab holds; the rows in no tab come under a null key (filtering them out in SQL would
    /// evaluate the tab's CASE twice per row).</summary>
    public static readonly Func<HotlineDbContext, int, Urgency?, string?, string?, IAsyncEnumerable<GroupCount>> Counts =
        EF.CompileAsyncQuery(QueryParts.Expand<Func<HotlineDbContext, int, Urgency?, string?, string?, IQueryable<GroupCount>>>(
            (db, unitId, urgency, text, pattern) =>
                Rows(db, unitId, urgency, text, pattern).GroupBy(r => r.Group).Select(g => new GroupCount { Key = g.Key, Count = g.Count() }),
            (nameof(Rows), RowsPart)));

    /// <summary>A page of every tab's rows.</summary>
    public static readonly Func<HotlineDbContext, int, Urgency?, string?, string?, int, int, IAsyncEnumerable<PageRow>> AllTabs =
        EF.CompileAsyncQuery(QueryParts.Expand<Func<HotlineDbContext, int, Urgency?, string?, string?, int, int, IQueryable<PageRow>>>(
            (db, unitId, urgency, text, pattern, skip, take) =>
                Page(db, Rows(db, unitId, urgency, text, pattern).Where(r => r.Group != null), skip, take),
            (nameof(Rows), RowsPart), (nameof(Page), PagePart)));

    /// <summary>A page of one tab's rows.</summary>
    public static readonly Func<HotlineDbContext, int, Urgency?, string?, string?, WorkbenchGroup, int, int, IAsyncEnumerable<PageRow>> OneTab =
        EF.CompileAsyncQuery(QueryParts.Expand<Func<HotlineDbContext, int, Urgency?, string?, string?, WorkbenchGroup, int, int, IQueryable<PageRow>>>(
            (db, unitId, urgency, text, pattern, group, skip, take) =>
                Page(db, Rows(db, unitId, urgency, text, pattern).Where(r => r.Group == group), skip, take),
            (nameof(Rows), RowsPart), (nameof(Page), PagePart)));
}
