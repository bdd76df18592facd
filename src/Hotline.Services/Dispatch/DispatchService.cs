using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Notifications;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Dispatch;

/// <summary>The dispatcher's use cases: the queue of tickets waiting for dispatch, dispatching, merging duplicates.</summary>
public sealed class DispatchService(
    HotlineDbContext db,
    HotlineClock clock,
    DeadlineService deadlines,
    NotificationService notifications,
    IValidator<DispatchInput> validator,
    IValidator<MergeInput> mergeRules,
    Microsoft.Extensions.Options.IOptions<HotlineOptions> options,
    ILogger<DispatchService> logger)
{
    public const int ExcerptLength = 60;

    /// <summary>
    /// Tickets waiting for dispatch: supervised ones first (key before normal), then urgent, then by dispatch deadline
    /// (overdue ones on top).
    /// </summary>
    public async Task<PagedList<QueueItem>> QueueAsync(DispatchQueueFilter filter, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, Limits.PageSizeMax);
        var page = Limits.ClampPage(filter.Page);
        // Compiled once, the filters as parameters (DispatchQueries).
        var total = await DispatchQueries.Count(db, filter.CategoryId, filter.AreaUnitId, filter.Urgency, ct);
        var now = clock.UtcNow;
        var share = options.Value.WarningShare;
        var rows = new List<DispatchQueries.PageRow>();
        await foreach (var row in DispatchQueries.Page(db, filter.CategoryId, filter.AreaUnitId, filter.Urgency, (page - 1) * pageSize, pageSize)
                           .WithCancellation(ct))
        {
            rows.Add(row);
        }

        // The ticket's dispatch clock (AssignmentClock.Dispatch, ADR 0018) in its colour with the configured share; none
        // without a dispatch deadline. Read from the row already here: the view's lookup per row cost more than the page.
        var items = rows.Select(r => new QueueItem(r.Number, r.RegisteredAt, r.DispatchDueAt,
            AssignmentClock.Dispatch(r.Status, r.RegisteredAt, r.DispatchRestartedAt, r.DispatchDueAt)?.Warning(now, share) ?? WarningLevel.None,
            r.Urgency, r.RequestType, r.Category, r.Area, r.Suggested, r.Content, r.UrgeCount,
            r.Supervision, r.SupervisionNote, r.Channel, SentLocation.Of(r.Latitude, r.Longitude, r.MediaUrl))).ToList();
        return new PagedList<QueueItem>(items, page, pageSize, total);
    }

    public async Task<DispatchCandidate?> CandidateAsync(string number, CancellationToken ct = default) =>
        await db.Tickets.AsNoTracking().Where(t => t.Number == number)
            .Select(t => new DispatchCandidate(t.Number, t.Status, t.RequestType, t.Urgency,
                db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                db.Units.Where(u => u.Id == t.AreaUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                t.Address, t.Content, t.RegisteredAt, t.DispatchDueAt, t.SuggestedUnitId, t.Version, t.Channel,
                SentLocation.Of(t.Latitude, t.Longitude, t.MediaUrl))
            { DispatchRestartedAt = t.DispatchRestartedAt })
            .FirstOrDefaultAsync(ct);

    public async Task<ServiceResult<string>> DispatchAsync(string number, DispatchInput input, Actor actor, CancellationToken ct = default)
    {
        if (await validator.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        var units = input.AssistingUnitIds.Append(input.LeadUnitId!.Value).Distinct().ToList();
        if (await db.Units.CountAsync(u => units.Contains(u.Id) && u.IsActive, ct) != units.Count)
        {
            return ServiceResult<string>.Fail(nameof(DispatchInput.LeadUnitId), "Validation.Unit.Invalid");
        }

        return await db.ActAsync(db.Tickets.Include(t => t.Assignments), number, input.Version, async ticket =>
        {
            var order = await OrderAsync(ticket, input.LeadUnitId.Value, input.AssistingUnitIds, input.Instruction, clock.UtcNow, ct);
            ticket.Dispatch(order, actor, clock.UtcNow);
            await NotifyAssignedAsync(ticket.Number, order, ct);
            logger.LogInformation("Ticket {TicketNumber} dispatched to unit {UnitId} (+{Assisting} assisting) by {UserId}",
                ticket.Number, order.LeadUnitId, order.AssistingUnitIds.Count, actor.UserId);
            return ticket.Number;
        }, ct);
    }

    /// <summary>The order for dispatching <paramref name="ticket"/> now: its policy's clocks starting at <paramref name="now"/>.</summary>
    public Task<DispatchOrder> OrderAsync(Ticket ticket, int leadUnitId, IReadOnlyList<int> assisting, string? instruction,
        DateTimeOffset now, CancellationToken ct = default) =>
        OrderAsync(ticket.RequestType, ticket.Urgency, leadUnitId, assisting, instruction, now, ct);

    /// <summary>The order for a ticket of this type and urgency, before the ticket exists (intake's register-and-dispatch).</summary>
    public async Task<DispatchOrder> OrderAsync(RequestType type, Urgency urgency, int leadUnitId, IReadOnlyList<int> assisting,
        string? instruction, DateTimeOffset now, CancellationToken ct = default) =>
        new(leadUnitId, assisting, string.IsNullOrWhiteSpace(instruction) ? null : instruction.Trim(),
            await deadlines.AssignmentDeadlinesAsync(type, urgency, now, ct));

    /// <summary>Tells the lead and each assisting unit of <paramref name="order"/> that the ticket is theirs now.</summary>
    public Task NotifyAssignedAsync(string number, DispatchOrder order, CancellationToken ct = default) =>
        notifications.NotifyUnitsAsync(AssignedNotices(number, order), ct);

    /// <summary>The liaisons <see cref="NotifyAssigned"/> will notify, looked up before the registering transaction locks anything.</summary>
    public Task<ILookup<int, string>> LiaisonsToNotifyAsync(DispatchOrder order, CancellationToken ct = default) =>
        notifications.LiaisonsAsync(order.AssistingUnitIds.Prepend(order.LeadUnitId), ct);

    public void NotifyAssigned(ILookup<int, string> liaisons, string number, DispatchOrder order) =>
        notifications.Notify(liaisons, AssignedNotices(number, order));

    private static List<UnitNotice> AssignedNotices(string number, DispatchOrder order) =>
        order.AssistingUnitIds.Prepend(order.LeadUnitId).Distinct()
            .Select(unit => new UnitNotice(unit, NotificationKind.NewAssignment, number)).ToList();

    public async Task<ServiceResult<string>> MergeAsync(string number, MergeInput input, Actor actor, CancellationToken ct = default)
    {
        if (await mergeRules.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        var masterNumber = input.MasterNumber!.Trim();
        var master = await db.Tickets.SingleOrDefaultAsync(t => t.Number == masterNumber, ct);
        return await db.ActAsync(db.Tickets.Include(t => t.Assignments), number, input.Version, ticket =>
        {
            ticket.MergeInto(master!, actor, clock.UtcNow, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
            logger.LogInformation("Ticket {TicketNumber} merged into {MasterNumber} by {UserId}", ticket.Number, master!.Number, actor.UserId);
            return Task.FromResult(master.Number);
        }, ct, check: _ => Task.FromResult<ServiceResult<string>?>(master is null
            ? ServiceResult<string>.Fail(nameof(MergeInput.MasterNumber), "Merge.Error.MasterNotFound")
            : null));
    }
}
