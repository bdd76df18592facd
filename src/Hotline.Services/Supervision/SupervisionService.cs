using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Notifications;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Supervision;

/// <summary>
/// A supervisor's acts on one ticket: 督办 (flag, re-level, lift), 催办, 重办 and 作废, each its domain call (which refuses
/// what the lifecycle does not allow) with the units' notifications, through <see cref="TicketActs"/>: validate the form →
/// load the ticket → compare the version the supervisor saw → act → save once. Refusals come back as resource keys,
/// next to their field.
/// </summary>
public sealed class SupervisionService(
    HotlineDbContext db,
    HotlineClock clock,
    NotificationService notifications,
    Dispatch.DispatchService dispatch,
    IOptions<HotlineOptions> options,
    IValidator<SuperviseInput> superviseRules,
    IValidator<LiftSupervisionInput> liftRules,
    IValidator<UrgeInput> urgeRules,
    IValidator<ReopenInput> reopenRules,
    IValidator<CancelInput> cancelRules,
    ILogger<SupervisionService> logger)
{
    public const string NotFound = TicketActs.NotFound;

    /// <summary>Domain refusals that belong next to a field rather than at the head of the form.</summary>
    private static readonly Dictionary<string, string> FieldOf = new(StringComparer.Ordinal)
    {
        ["Supervision.Error.DeadlineNotTighter"] = nameof(SuperviseInput.TighterResolveDueAt),
        ["Supervision.Error.NoClockToTighten"] = nameof(SuperviseInput.TighterResolveDueAt),
        ["Supervision.Error.NoteRequired"] = nameof(SuperviseInput.Note),
        ["FollowUp.Error.ReopenReasonRequired"] = nameof(ReopenInput.Reason),
        ["Dispatch.Error.LeadAlsoAssisting"] = nameof(ReopenInput.AssistingUnitIds),
        ["Dispatch.Error.TooManyAssisting"] = nameof(ReopenInput.AssistingUnitIds),
        ["Supervision.Error.CancelReasonRequired"] = nameof(CancelInput.Reason),
    };

    /// <summary>Flags (or re-levels) the ticket; its active units hear of it at once.</summary>
    public async Task<ServiceResult<string>> SuperviseAsync(string number, SuperviseInput input, Actor actor, CancellationToken ct = default) =>
        await superviseRules.CheckAsync(input, ct) ?? ServiceResult<string>.IfImplausible(clock, nameof(input.TighterResolveDueAt), input.TighterResolveDueAt)
        ?? await ActAsync(number, input.Version, async (ticket, now) =>
        {
            var tighter = input.TighterResolveDueAt is { } local ? clock.FromLocal(local) : (DateTimeOffset?)null;
            ticket.Supervise(input.Level!.Value, input.Note!, tighter, actor, now);
            await notifications.NotifyUnitsAsync(ActiveUnits(ticket)
                .Select(unit => new UnitNotice(unit, NotificationKind.Supervised, ticket.Number, input.Level.Value.ToString())).ToList(), ct);
            logger.LogInformation("Ticket {TicketNumber} supervised ({Level}, tighter deadline {TighterDueAt}) by {UserId}",
                ticket.Number, input.Level, tighter, actor.UserId);
        }, ct);

    public async Task<ServiceResult<string>> LiftAsync(string number, LiftSupervisionInput input, Actor actor, CancellationToken ct = default) =>
        await liftRules.CheckAsync(input, ct) ?? await ActAsync(number, input.Version, (ticket, now) =>
        {
            ticket.LiftSupervision(actor, now, DecisionNote.Clean(input.Note));
            logger.LogInformation("Supervision of ticket {TicketNumber} lifted by {UserId}", ticket.Number, actor.UserId);
            return Task.CompletedTask;
        }, ct);

    /// <summary>催办 by a supervisor: counted like a citizen's repeat call; the lead unit is told.</summary>
    public async Task<ServiceResult<string>> UrgeAsync(string number, UrgeInput input, Actor actor, CancellationToken ct = default) =>
        await urgeRules.CheckAsync(input, ct) ?? SupervisorOnly(actor) ?? await ActAsync(number, input.Version, async (ticket, now) =>
        {
            ticket.Urge(actor, now, input.Note!.Trim());
            if (ticket.Assignments.FirstOrDefault(a => a.IsActive && a.IsLead) is { } lead)
            {
                await notifications.NotifyUnitAsync(lead.UnitId, NotificationKind.Urged, ticket.Number, ct: ct);
            }

            logger.LogInformation("Ticket {TicketNumber} urged by supervisor {UserId} (urge {UrgeCount})", ticket.Number, actor.UserId, ticket.UrgeCount);
        }, ct);

    /// <summary>
    /// 重办: a resolved or closed ticket (closed within the reopen window) goes to round N+1 at the chosen units, with
    /// every clock started afresh from the policy in force now.
    /// </summary>
    public async Task<ServiceResult<string>> ReopenAsync(string number, ReopenInput input, Actor actor, CancellationToken ct = default)
    {
        var refused = await reopenRules.CheckAsync(input, ct) ?? SupervisorOnly(actor);
        if (refused is not null)
        {
            return refused;
        }

        var units = input.AssistingUnitIds.Append(input.LeadUnitId!.Value).Distinct().ToList();
        if (await db.Units.CountAsync(u => units.Contains(u.Id) && u.IsActive, ct) != units.Count)
        {
            return ServiceResult<string>.Fail(nameof(ReopenInput.LeadUnitId), "Validation.Unit.Invalid");
        }

        return await ActAsync(number, input.Version, async (ticket, now) =>
        {
            // The reason goes to the reopen event, not to the units' instruction (a callback's reopen passes its reason as both).
            var order = await dispatch.OrderAsync(ticket, input.LeadUnitId.Value, input.AssistingUnitIds.Distinct().ToList(), null, now, ct);
            ticket.Reopen(order, options.Value.CallbackRules, actor, now, input.Reason!);
            await dispatch.NotifyAssignedAsync(ticket.Number, order, ct);
            logger.LogInformation("Ticket {TicketNumber} reopened as round {Round} at unit {UnitId} (+{Assisting} assisting) by {UserId}",
                ticket.Number, ticket.Round, order.LeadUnitId, order.AssistingUnitIds.Count, actor.UserId);
        }, ct);
    }

    /// <summary>作废: an invalid ticket still waiting for dispatch closes as Cancelled, its kind and reason on the event.</summary>
    public async Task<ServiceResult<string>> CancelAsync(string number, CancelInput input, Actor actor, CancellationToken ct = default) =>
        await cancelRules.CheckAsync(input, ct) ?? await ActAsync(number, input.Version, (ticket, now) =>
        {
            ticket.Cancel(actor, now, input.Reason!, input.Kind!.Value);
            logger.LogInformation("Ticket {TicketNumber} cancelled as {CancelReason} by {UserId}", ticket.Number, input.Kind, actor.UserId);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The units working on the ticket now: the lead and its assisting units.</summary>
    private static List<int> ActiveUnits(Ticket ticket) =>
        ticket.Assignments.Where(a => a.IsActive).OrderByDescending(a => a.IsLead).Select(a => a.UnitId).Distinct().ToList();

    /// <summary>Agents urge and reopen too (repeat calls, callbacks), but not through the supervisor's page.</summary>
    private static ServiceResult<string>? SupervisorOnly(Actor actor) =>
        actor.Has(Role.Supervisor) ? null : ServiceResult<string>.Fail(string.Empty, "Ticket.Error.RoleNotAllowed");

    /// <summary>The supervisor's act through <see cref="TicketActs.ActAsync"/>; a refusal that belongs to a field goes next to it.</summary>
    private async Task<ServiceResult<string>> ActAsync(string number, uint seenVersion, Func<Ticket, DateTimeOffset, Task> act, CancellationToken ct)
    {
        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments), number, seenVersion, async ticket =>
        {
            await act(ticket, clock.UtcNow);
            return ticket.Number;
        }, ct);
        return result.Succeeded
            ? result
            : ServiceResult<string>.Fail(result.Errors.Select(e => FieldOf.TryGetValue(e.Code, out var field) ? e with { Field = field } : e).ToList());
    }
}
