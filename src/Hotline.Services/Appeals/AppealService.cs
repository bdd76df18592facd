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

    /// <summary>The liaison's unit's marks on ticket <paramref name="number"/>, and the appeals made of them (none for hotline staff).</summary>
    public async Task<IReadOnlyList<AppealMarkView>> MarksAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsUnitBound || viewer.UnitId is not { } unit)
        {
            return [];
        }

        var ticket = await Loaded(db.Tickets.AsNoTracking().VisibleTo(viewer)).SingleOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null)
        {
            return [];
        }

        var (window, calendar) = (await windows.GetAsync(ct), await deadlines.LoadCalendarAsync(ct));
        var now = clock.UtcNow;
        var appealed = ticket.Appeals.Where(p => p.UnitId == unit)
            .Select(p => new AppealMarkView(p.Mark, p.AssignmentId ?? p.CallbackId ?? 0, p.MarkedAt, window.EndsAt(calendar, p.MarkedAt), p.Status, p.DecisionNote));
        var open = ticket.MarksAgainst(unit, now).Where(m => !ticket.Appeals.Any(p => p.Mark == m.Mark && p.UnitId == unit
                && (p.AssignmentId ?? p.CallbackId) == (m.AssignmentId ?? m.CallbackId)))
            .Select(m => new AppealMarkView(m.Mark, m.AssignmentId ?? m.CallbackId ?? 0, m.MarkedAt, window.EndsAt(calendar, m.MarkedAt), null, null));
        return [.. open.Concat(appealed).OrderBy(m => m.MarkedAt).ThenBy(m => m.Mark)];
    }

    /// <summary>The liaison's unit appeals one of its marks on ticket <paramref name="number"/>; <paramref name="evidence"/> is optional.</summary>
    public async Task<ServiceResult<string>> RaiseAsync(string number, AppealInput input, UploadInput? evidence, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        if (await raiseRules.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        if (evidence is not null && await uploadRules.CheckAsync(evidence, ct) is { } badFile)
        {
            return badFile;
        }

        if (!viewer.IsUnitBound || viewer.UnitId is not { } unit)
        {
            return ServiceResult<string>.Fail(string.Empty, TicketActs.NotFound);
        }

        var (window, calendar) = (await windows.GetAsync(ct), await deadlines.LoadCalendarAsync(ct));
        var supervisors = await SupervisorsAsync(ct);
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
            // The mark named, whoever it is against: the domain refuses another unit's as not its own.
            var target = Candidates(ticket, now).FirstOrDefault(m => m.Mark == input.Mark && (m.AssignmentId ?? m.CallbackId) == input.FactId)
                ?? throw new DomainRuleException(ticket.Appeals.Any(p => p.Mark == input.Mark && (p.AssignmentId ?? p.CallbackId) == input.FactId)
                    ? "Appeal.Error.AlreadyDecided" : "Appeal.Error.NothingToAppeal");
            Attachment? file = null;
            if (evidence is not null)
            {
                var name = Attachment.CleanFileName(evidence.FileName);
                file = new Attachment(ticket.Id, unit, name, UploadInputValidator.ContentTypeOf(name, evidence.Content)!, evidence.Content,
                    viewer.Actor.UserId, now);
            }

            ticket.RaiseAppeal(target, unit, input.Reason!, viewer.Actor, now, window, calendar, file);
            foreach (var user in supervisors)
            {
                notifications.NotifyUser(user, NotificationKind.AppealRaised, ticket.Number);
            }

            return Task.FromResult(ticket.Number);
        }, ct);
    }

    /// <summary>Every mark the ticket holds against any unit now (lead assignments' units and callbacks' units).</summary>
    private static IEnumerable<AppealTarget> Candidates(Ticket ticket, DateTimeOffset now) =>
        ticket.Assignments.Where(a => a.IsLead).Select(a => a.UnitId)
            .Concat(ticket.Callbacks.Where(c => c.UnitId is not null).Select(c => c.UnitId!.Value))
            .Distinct()
            .SelectMany(u => ticket.MarksAgainst(u, now));

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
        PageAsync(db.Appeals.AsNoTracking().Where(p => p.Status == RequestStatus.Pending), oldestFirst: true, page, ct);

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
                               p.DecisionNote, p.EvidenceId,
                               db.Attachments.Where(a => a.Id == p.EvidenceId).Select(a => a.FileName).FirstOrDefault()))
            .ToListAsync(ct);
        // The join keeps the page's order only by chance: order again.
        items = oldestFirst ? [.. items.OrderBy(i => i.RaisedAt).ThenBy(i => i.Id)] : [.. items.OrderByDescending(i => i.RaisedAt).ThenByDescending(i => i.Id)];
        return new PagedList<AppealLogRow>(items, page, DefaultPageSize, total);
    }

    private static IQueryable<Ticket> Loaded(IQueryable<Ticket> tickets) =>
        tickets.Include(t => t.Assignments).Include(t => t.Callbacks).Include(t => t.Appeals).AsSplitQuery();

    /// <summary>The supervisors to tell about a new appeal, read before the act's transaction.</summary>
    private async Task<List<string>> SupervisorsAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Supervisor)))
            .Select(u => u.Id).Take(200).ToListAsync(ct);
}
