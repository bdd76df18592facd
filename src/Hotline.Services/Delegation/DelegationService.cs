using FluentValidation;
using Hotline.Domain.Notifications;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Notifications;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Delegation;

/// <summary>
/// 下派 (issue 18 §3, ADR 0029): a unit that signed for a ticket passes the work to one of its own sub-units (by
/// <see cref="Unit.ParentId"/>, any depth). The sub-unit's clocks come from the policy from now, brought inside the
/// parent's (<see cref="AssignmentDeadlines.Inside"/>); the parent keeps its own.
/// </summary>
public sealed class DelegationService(
    HotlineDbContext db,
    DeadlineService deadlines,
    HotlineClock clock,
    NotificationService notifications,
    IValidator<DelegationInput> rules,
    ILogger<DelegationService> logger)
{
    /// <summary>The liaison's unit delegates ticket <paramref name="number"/> to one of its own sub-units.</summary>
    public async Task<ServiceResult<string>> DelegateAsync(string number, DelegationInput input, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        if (await rules.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        if (!viewer.IsUnitBound || viewer.UnitId is not { } unit)
        {
            return ServiceResult<string>.Fail(string.Empty, TicketActs.NotFound);
        }

        var tree = await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        var own = UnitTree.DescendantsOf(unit, tree.Select(u => (u.Id, u.ParentId)));
        if (!own.Contains(input.SubUnitId!.Value))
        {
            return ServiceResult<string>.Fail(nameof(DelegationInput.SubUnitId), "Delegation.Error.NotOwnSubUnit");
        }

        var result = await db.ActAsync(db.Tickets.VisibleTo(viewer).Include(t => t.Assignments), number, input.Version, async ticket =>
        {
            var now = clock.UtcNow;
            var policy = await deadlines.AssignmentDeadlinesAsync(ticket.RequestType, ticket.Urgency, now, ct);
            ticket.Delegate(unit, input.SubUnitId.Value, [.. own], policy, input.Instruction, viewer.Actor, now);
            await notifications.NotifyUnitAsync(input.SubUnitId.Value, NotificationKind.Delegated, ticket.Number, ct: ct);
            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Unit {UnitId} delegated ticket {TicketNumber} to its sub-unit {SubUnitId}", unit, number, input.SubUnitId);
        }

        return result;
    }

    /// <summary>
    /// A unit's delegated work in <paramref name="period"/>: the parts it received as a sub-unit (by delegation day, every
    /// one, also those taken back) with its own clocks met (a clock counts once decided, as in the ranking; a part taken
    /// back undone leaves the rates) and its replies sent back from review; and the parts it gave.
    /// </summary>
    public async Task<DelegationCounts> CountsAsync(int unitId, Period period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var start = clock.StartOfLocalDay(period.From);
        var end = clock.StartOfLocalDay(period.EndExclusive);
        var now = clock.UtcNow;
        var received = await ReceivedIn(db, start, end).Where(a => a.UnitId == unitId)
            .GroupBy(a => a.UnitId)
            .Select(g => new
            {
                Received = g.Count(),
                TakenBack = g.Count(a => !a.IsActive && a.ResolvedAt == null),
                SignDecided = g.Count(a => (a.IsActive || a.ResolvedAt != null) && (a.SignedForAt != null || a.SignForDueAt < now)),
                SignedOnTime = g.Count(a => (a.IsActive || a.ResolvedAt != null) && a.SignedForAt != null && a.SignedForAt <= a.SignForDueAt),
                ContactDecided = g.Count(a => (a.IsActive || a.ResolvedAt != null) && (a.FirstContactAt != null || a.FirstContactDueAt < now)),
                ContactedOnTime = g.Count(a => (a.IsActive || a.ResolvedAt != null) && a.FirstContactAt != null && a.FirstContactAt <= a.FirstContactDueAt),
                FellDue = g.Count(a => (a.IsActive || a.ResolvedAt != null) && (a.ResolvedAt != null || a.ResolveDueAt < now)),
                ResolvedOnTime = g.Count(a => a.ResolvedAt != null && a.ResolvedAt <= a.ResolveDueAt),
                ReviewReturns = g.Sum(a => a.ReviewReturns),
            })
            .FirstOrDefaultAsync(ct);
        var given = await GivenIn(db, start, end).CountAsync(unit => unit == unitId, ct);
        return received is null
            ? DelegationCounts.None with { DelegatedOut = given }
            : new DelegationCounts(received.Received, new Rate(received.SignedOnTime, received.SignDecided),
                new Rate(received.ContactedOnTime, received.ContactDecided), new Rate(received.ResolvedOnTime, received.FellDue), given)
            {
                TakenBack = received.TakenBack,
                ReviewReturns = received.ReviewReturns,
            };
    }

    /// <summary>
    /// The parts delegated in [<paramref name="start"/>, <paramref name="end"/>), by delegation day, each counted as
    /// received by its sub-unit (a part taken back undone too; the rates read only the parts kept): the one rule of the
    /// unit page and the ranking.
    /// </summary>
    internal static IQueryable<Assignment> ReceivedIn(HotlineDbContext db, DateTimeOffset start, DateTimeOffset end) =>
        db.Assignments.AsNoTracking().Where(a => a.Role == AssignmentRole.Delegated && a.DispatchedAt >= start && a.DispatchedAt < end);

    /// <summary>The unit that delegated each part delegated in [<paramref name="start"/>, <paramref name="end"/>) (its parent's), one row a part.</summary>
    internal static IQueryable<int> GivenIn(HotlineDbContext db, DateTimeOffset start, DateTimeOffset end) =>
        from a in db.Assignments.AsNoTracking()
        join p in db.Assignments.AsNoTracking() on a.ParentAssignmentId equals p.Id
        where a.Role == AssignmentRole.Delegated && a.DispatchedAt >= start && a.DispatchedAt < end
        select p.UnitId;
}
