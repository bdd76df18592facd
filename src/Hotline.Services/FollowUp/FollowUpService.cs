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
        // Compiled once; an unused filter is null (CallbackQueueQueries).
        string? phone = null, number = null;
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            if (PhoneNumber.TryNormalize(text, out var normalized))
            {
                phone = normalized;
            }
            else
            {
                number = text;
            }
        }

        DateTimeOffset? dueBefore = filter.OverdueOnly ? now : null;
        bool? samples = filter.Kind == CallbackKind.Sample ? true : null;
        bool? resolved = filter.Kind == CallbackKind.Resolved ? true : null;
        var total = await CallbackQueueQueries.Count(db, dueBefore, samples, resolved, filter.UnitId, phone, number, ct);
        var overdue = await CallbackQueueQueries.Count(db, now, null, null, null, null, null, ct);
        var rows = new List<CallbackQueueQueries.PageRow>();
        await foreach (var row in CallbackQueueQueries.Page(db, dueBefore, samples, resolved, filter.UnitId, phone, number, now, (page - 1) * pageSize, pageSize)
                           .WithCancellation(ct))
        {
            rows.Add(row);
        }

        var merged = await MergedCallersAsync(rows.Where(r => r.DuplicateCount > 0).Select(r => r.Id).ToList(), ct);
        var items = rows.Select(r => new CallbackQueueItem(r.Number, r.IsSample ? CallbackKind.Sample : CallbackKind.Resolved, r.RequestType,
            r.Urgency, r.Category, r.Lead, r.ResolvedAt, r.Result, r.DueAt,
            AssignmentClock.Callback(true, r.ResolvedAt, r.DueAt)!.Value.Warning(now, options.Value.WarningShare),
            r.Failed, r.CallerPhone, r.CallerName, CallersOf(merged, r.Id, r.CallerPhone), r.HeldBy)).ToList();
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
            CallersOf(merged, t.Id, t.CallerPhone), t.Version, await HolderAsync(t.Id, viewer, ct));
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
