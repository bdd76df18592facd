using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Notifications;
using Hotline.Services.Tickets;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Appeals;

/// <summary>
/// 申诉 (issue 18 §4, docs/decisions/0031-appeals-and-ranking-versions.md): a liaison appeals one of its unit's marks on a
/// ticket (a missed deadline, a dissatisfied callback) within the window, with a reason and optionally a photo or PDF; a
/// supervisor upholds it (the fact leaves the unit's measures) or rejects it with a note. Every act goes through
/// <see cref="TicketActs"/> with the ticket's version, so two decisions on the same appeal cannot both win.
/// </summary>
public sealed class AppealService(
    HotlineDbContext db,
    HotlineClock clock,
    DeadlineService deadlines,
    AppealWindowService windows,
    NotificationService notifications,
    IValidator<AppealInput> raiseRules,
    IValidator<UploadInput> uploadRules,
    IValidator<AppealDecisionInput> decisionRules,
    ILogger<AppealService> logger)
{
    public const int DefaultPageSize = 20;

    /// <summary>
    /// The liaison's unit's marks on ticket <paramref name="number"/> and the appeals made of them, read in one load of the
    /// ticket; null when the ticket is not one the unit may see (or the viewer is not a liaison).
    /// </summary>
    public async Task<AppealMarks?> MarksAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsUnitBound || viewer.UnitId is not { } unit)
        {
            return null;
        }

        var ticket = await Loaded(db.Tickets.AsNoTracking().VisibleTo(viewer)).SingleOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null)
        {
            return null;
        }

        var (window, calendar) = (await windows.GetAsync(ct), await deadlines.LoadCalendarAsync(ct));
        var appealed = ticket.Appeals.Where(p => p.UnitId == unit)
            .Select(p => new AppealMarkView(p.Mark, p.AssignmentId ?? p.CallbackId ?? 0, p.MarkedAt, window.EndsAt(calendar, p.MarkedAt), p.Status, p.DecisionNote));
        var open = ticket.MarksAgainst(unit, clock.UtcNow).Where(m => ticket.AppealOf(m) is null)
            .Select(m => new AppealMarkView(m.Mark, m.AssignmentId ?? m.CallbackId ?? 0, m.MarkedAt, window.EndsAt(calendar, m.MarkedAt), null, null));
        return new AppealMarks(ticket.Number, ticket.Version, [.. open.Concat(appealed).OrderBy(m => m.MarkedAt).ThenBy(m => m.Mark)]);
    }

    /// <summary>
    /// The liaison's unit appeals one of its marks on ticket <paramref name="number"/>, with none to
    /// <see cref="Appeal.MaxEvidence"/> files of <paramref name="evidence"/>, each checked like every upload.
    /// </summary>
    public async Task<ServiceResult<string>> RaiseAsync(string number, AppealInput input, IReadOnlyList<UploadInput> evidence, Viewer viewer,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(viewer);
        if (await raiseRules.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        if (evidence.Count > Appeal.MaxEvidence)
        {
            return ServiceResult<string>.Fail(nameof(UploadInput.Content), "Appeal.Error.TooManyFiles");
        }

        foreach (var file in evidence)
        {
            if (await uploadRules.CheckAsync(file, ct) is { } badFile)
            {
                return badFile;
            }
        }

        if (!viewer.IsUnitBound || viewer.UnitId is not { } unit)
        {
            return ServiceResult<string>.Fail(string.Empty, TicketActs.NotFound);
        }

        var (window, calendar) = (await windows.GetAsync(ct), await deadlines.LoadCalendarAsync(ct));
        var supervisors = await notifications.HoldersOfAsync([Roles.Supervisor], ct);
        ServiceResult<string> result;
        try
        {
            result = await RaiseActAsync();
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The same mark appealed by two liaisons at the same moment: the unique index lets one through.
            db.ChangeTracker.Clear();
            result = ServiceResult<string>.Fail(string.Empty, "Appeal.Error.AlreadyOpen");
        }

        if (result.Succeeded)
        {
            logger.LogInformation("Unit {UnitId} appealed its mark {Mark} on ticket {TicketNumber}", unit, input.Mark, number);
        }

        return result;

        Task<ServiceResult<string>> RaiseActAsync() => db.ActAsync(Loaded(db.Tickets.VisibleTo(viewer)), number, input.Version, ticket =>
        {
            var now = clock.UtcNow;
            // The mark named, whoever it is against: the domain judges it (not its unit's, already appealed, not counted, too late).
            var target = ticket.MarkOn(input.Mark!.Value, input.FactId!.Value) ?? throw new DomainRuleException("Appeal.Error.NothingToAppeal");
            var files = evidence.Select(e => e.ToAttachment(ticket.Id, unit, viewer.Actor.UserId, now)).ToList();
            ticket.RaiseAppeal(target, unit, input.Reason!, viewer.Actor, now, window, calendar, files);
            foreach (var user in supervisors)
            {
                notifications.NotifyUser(user, NotificationKind.AppealRaised, ticket.Number);
            }

            return Task.FromResult(ticket.Number);
        }, ct);
    }

    /// <summary>Upholds the appeal: the contested fact leaves the unit's measures (and the rollups, by their triggers).</summary>
    public Task<ServiceResult<string>> UpholdAsync(AppealDecisionInput input, Actor actor, CancellationToken ct = default) =>
        DecideAsync(input, uphold: true, actor, ct);

    /// <summary>Rejects the appeal: the mark stays. A note telling the unit why is required.</summary>
    public Task<ServiceResult<string>> RejectAsync(AppealDecisionInput input, Actor actor, CancellationToken ct = default) =>
        DecideAsync(input, uphold: false, actor, ct);

    private async Task<ServiceResult<string>> DecideAsync(AppealDecisionInput input, bool uphold, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var rules = uphold ? decisionRules.CheckAsync(input, ct) : decisionRules.CheckAsync(input, DecisionNoteValidator<AppealDecisionInput>.Reject, ct);
        if (await rules is { } refused)
        {
            return refused;
        }

        int? unit = null;
        var result = await db.ActAsync(Loaded(db.Tickets), input.Number, input.Version, async ticket =>
        {
            var appeal = ticket.AppealById(input.AppealId) ?? throw new DomainRuleException("Appeal.Error.NotFound");
            unit = appeal.UnitId;
            if (uphold)
            {
                ticket.UpholdAppeal(appeal, actor, clock.UtcNow, DecisionNote.Clean(input.Note));
            }
            else
            {
                ticket.RejectAppeal(appeal, actor, clock.UtcNow, DecisionNote.Clean(input.Note) ?? string.Empty);
            }

            await notifications.NotifyUnitAsync(appeal.UnitId, NotificationKind.AppealDecided, ticket.Number,
                uphold ? nameof(RequestStatus.Approved) : nameof(RequestStatus.Rejected), ct);
            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Appeal {AppealId} of unit {UnitId} on ticket {TicketNumber} {Decision} by {UserId}",
                input.AppealId, unit, input.Number, uphold ? "upheld" : "rejected", actor.UserId);
        }

        return result;
    }

    /// <summary>Appeals waiting for a supervisor, oldest first.</summary>
    public Task<PagedList<AppealLogRow>> PendingAsync(int page = 1, CancellationToken ct = default) =>
        PageAsync(Waiting().AsNoTracking(), oldestFirst: true, page, ct);

    /// <summary>
    /// The appeals waiting for a supervisor, as the layout's badge counts them inside its one query (an index-only count of
    /// the partial index <c>ix_appeals_pending</c>).
    /// </summary>
    public IQueryable<Appeal> Waiting() => db.Appeals.Where(p => p.Status == RequestStatus.Pending);

    /// <summary>
    /// The appeal log, newest first: every appeal and its decision. A liaison sees only their own unit's, whatever the
    /// filter names; hotline staff any unit's.
    /// </summary>
    public Task<PagedList<AppealLogRow>> LogAsync(AppealLogFilter filter, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(viewer);
        var unit = viewer.IsUnitBound ? viewer.UnitId ?? -1 : filter.UnitId;
        var query = db.Appeals.AsNoTracking().Where(p => (unit == null || p.UnitId == unit) && (filter.Status == null || p.Status == filter.Status));
        return PageAsync(query, oldestFirst: false, filter.Page, ct);
    }

    private async Task<PagedList<AppealLogRow>> PageAsync(IQueryable<Appeal> appeals, bool oldestFirst, int page, CancellationToken ct)
    {
        page = Limits.ClampPage(page);
        var total = await appeals.CountAsync(ct);
        var ordered = oldestFirst ? appeals.OrderBy(p => p.RaisedAt).ThenBy(p => p.Id) : appeals.OrderByDescending(p => p.RaisedAt).ThenByDescending(p => p.Id);
        var items = await (from p in ordered.Skip((page - 1) * DefaultPageSize).Take(DefaultPageSize)
                           join t in db.Tickets on p.TicketId equals t.Id
                           select new AppealLogRow(
                               p.Id, t.Number, t.Version, p.UnitId,
                               db.Units.Where(u => u.Id == p.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).First(),
                               p.Mark, p.MarkedAt, p.Reason, p.RaisedAt,
                               db.Users.Where(u => u.Id == p.RaisedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                               p.Status, p.DecidedAt,
                               db.Users.Where(u => u.Id == p.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                               p.DecisionNote,
                               db.Attachments.Where(a => a.AppealId == p.Id).OrderBy(a => a.Id).Select(a => new AppealEvidence(a.Id, a.FileName)).ToList()))
            .ToListAsync(ct);
        // The join keeps the page's order only by chance: order again.
        items = oldestFirst ? [.. items.OrderBy(i => i.RaisedAt).ThenBy(i => i.Id)] : [.. items.OrderByDescending(i => i.RaisedAt).ThenByDescending(i => i.Id)];
        return new PagedList<AppealLogRow>(items, page, DefaultPageSize, total);
    }

    private static IQueryable<Ticket> Loaded(IQueryable<Ticket> tickets) =>
        tickets.Include(t => t.Assignments).Include(t => t.Callbacks).Include(t => t.Appeals).AsSplitQuery();
}
