using FluentValidation;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.FollowUp;

/// <summary>
/// 回访: the queue of tickets waiting for a callback, one ticket as the agent calls, and recording the callback
/// (in FollowUpService.Record.cs). Callbacks are the hotline's work: a liaison gets "not found" here.
/// </summary>
public sealed partial class FollowUpService(
    HotlineDbContext db,
    HotlineClock clock,
    DispatchService dispatch,
    NotificationService notifications,
    IValidator<CallbackInput> validator,
    IOptions<HotlineOptions> options,
    ILogger<FollowUpService> logger)
{
    public const int ExcerptLength = 60;
    public const string NotFound = TicketActs.NotFound;

    /// <summary>Tickets waiting for a callback, the earliest callback deadline first (overdue ones on top).</summary>
    public async Task<CallbackQueue> QueueAsync(CallbackQueueFilter filter, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, Limits.PageSizeMax);
        var page = Limits.ClampPage(filter.Page);
        var now = clock.UtcNow;
        // The partial index ix_tickets_awaiting_callback holds exactly these rows, ordered by callback deadline.
        var waiting = db.Tickets.AsNoTracking().Where(t => t.AwaitingCallback);
        var query = waiting;
        if (filter.OverdueOnly)
        {
            query = query.Where(t => t.CallbackDueAt < now);
        }

        query = filter.Kind switch
        {
            CallbackKind.Sample => query.Where(t => t.IsCallbackSample && t.LeadUnitId == null),
            CallbackKind.Resolved => query.Where(t => t.LeadUnitId != null),
            _ => query,
        };
        if (filter.UnitId is { } unit)
        {
            query = query.Where(t => t.LeadUnitId == unit);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = PhoneNumber.TryNormalize(text, out var phone)
                ? query.Where(t => t.CallerPhone == phone)
                : query.Where(t => t.Number.StartsWith(text));
        }

        var total = await query.CountAsync(ct);
        var overdue = await waiting.CountAsync(t => t.CallbackDueAt < now, ct);
        var rows = await query.OrderBy(t => t.CallbackDueAt).ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(t => new
            {
                t.Id,
                t.Number,
                IsSample = t.LeadUnitId == null,
                t.RequestType,
                t.Urgency,
                Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Lead = db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                ResolvedAt = t.ResolvedAt ?? t.RegisteredAt,
                Result = t.LeadUnitId == null
                    // A sampled direct answer: what the agent said, or else the knowledge-base article it came from.
                    ? t.Events.Where(e => e.Action == TicketAction.AnswerDirectly).Select(e => e.Note!.Substring(0, ExcerptLength)).FirstOrDefault()
                        ?? db.KnowledgeArticleVersions.Where(v => v.ArticleId == t.AnswerArticleId && v.Number == t.AnswerArticleVersion).Select(v => v.Title).FirstOrDefault()
                    : t.ResolutionText!.Substring(0, ExcerptLength),
                DueAt = t.CallbackDueAt!.Value,
                Failed = db.Callbacks.Count(c => c.TicketId == t.Id && c.Round == t.Round && !c.Reached),
                t.CallerPhone,
                t.CallerName,
                t.DuplicateCount,
            })
            .ToListAsync(ct);
        var merged = await MergedCallersAsync(rows.Where(r => r.DuplicateCount > 0).Select(r => r.Id).ToList(), ct);
        var items = rows.Select(r => new CallbackQueueItem(r.Number, r.IsSample ? CallbackKind.Sample : CallbackKind.Resolved, r.RequestType,
            r.Urgency, r.Category, r.Lead, r.ResolvedAt, r.Result, r.DueAt,
            AssignmentClock.Callback(true, r.ResolvedAt, r.DueAt)!.Value.Warning(now, options.Value.WarningShare),
            r.Failed, r.CallerPhone, r.CallerName, CallersOf(merged, r.Id, r.CallerPhone))).ToList();
        return new CallbackQueue(new PagedList<CallbackQueueItem>(items, page, pageSize, total), overdue);
    }

    /// <summary>The ticket as the agent sees it for the callback, or null when it does not exist (or the viewer is a unit).</summary>
    public async Task<CallbackTicket?> GetAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        if (viewer.IsUnitBound)
        {
            return null;
        }

        var row = await db.Tickets.AsNoTracking().Where(t => t.Number == number)
            .Select(t => new
            {
                Ticket = t,
                Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Answer = t.Events.Where(e => e.Action == TicketAction.AnswerDirectly).Select(e => e.Note).FirstOrDefault(),
                Article = db.KnowledgeArticleVersions.Where(v => v.ArticleId == t.AnswerArticleId && v.Number == t.AnswerArticleVersion).Select(v => v.Title).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var t = row.Ticket;
        var units = await db.Assignments.AsNoTracking().Where(a => a.TicketId == t.Id && a.IsActive && a.Round == t.Round)
            .OrderBy(a => a.Role).ThenBy(a => a.Id)
            .Select(a => new { a.Role, Name = db.Units.Where(u => u.Id == a.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).First() })
            .ToListAsync(ct);
        var attempts = await db.CallbacksOfAsync(t.Id, ct);
        var today = clock.LocalToday;
        var failedDays = await db.Callbacks.AsNoTracking().Where(c => c.TicketId == t.Id && c.Round == t.Round && !c.Reached)
            .Select(c => c.LocalDate).ToListAsync(ct);
        var failed = new FailedAttempts(failedDays.Count, failedDays.Distinct().Count(), failedDays.Contains(today), options.Value.CallbackMaxFailedAttempts);
        var merged = await MergedCallersAsync([t.Id], ct);
        var lead = units.FirstOrDefault(u => u.Role == AssignmentRole.Lead)?.Name;
        return new CallbackTicket(t.Number, t.Status, t.AwaitingCallback, lead is null && t.IsCallbackSample ? CallbackKind.Sample : CallbackKind.Resolved,
            t.RequestType, t.Urgency, row.Category, t.Address, t.Content, t.CallerPhone, t.CallerName, t.RegisteredAt, t.Round, lead,
            units.Where(u => u.Role == AssignmentRole.Assisting).Select(u => u.Name).ToList(), t.ResolvedAt ?? (lead is null ? t.ClosedAt : null),
            t.ResolutionText, t.ResolutionOutcome, t.CannotSolveReason, row.Answer, row.Article, t.CallbackDueAt, t.ClosureReason, failed, attempts,
            CallersOf(merged, t.Id, t.CallerPhone), t.Version);
    }

    /// <summary>The callers of duplicates merged into these tickets, each number once, oldest duplicate first.</summary>
    private async Task<ILookup<long, CallerContact>> MergedCallersAsync(List<long> masterIds, CancellationToken ct)
    {
        if (masterIds.Count == 0)
        {
            return Array.Empty<(long, CallerContact)>().ToLookup(x => x.Item1, x => x.Item2);
        }

        var rows = await db.Tickets.AsNoTracking()
            .Where(d => d.MasterTicketId != null && masterIds.Contains(d.MasterTicketId.Value))
            .OrderBy(d => d.Id)
            // Duplicates of one problem are a handful; the cap only guards the page against a pathological master.
            .Take(Limits.PageSizeMax * 5)
            .Select(d => new { Master = d.MasterTicketId!.Value, d.Number, d.CallerPhone, d.CallerName })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.Master, r => new CallerContact(r.Number, r.CallerPhone, r.CallerName));
    }

    /// <summary>The other people to tell: the master's own caller is called anyway, and a number is called once.</summary>
    private static List<CallerContact> CallersOf(ILookup<long, CallerContact> merged, long ticketId, string ownPhone) =>
        merged[ticketId].Where(c => c.Phone != ownPhone).DistinctBy(c => c.Phone).ToList();
}
