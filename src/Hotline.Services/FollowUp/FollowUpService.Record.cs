using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.FollowUp;

/// <summary>Recording a callback: validate the form → load the ticket → compare the version the agent saw → the domain → save once.</summary>
public sealed partial class FollowUpService
{
    /// <summary>
    /// Records one callback attempt. A reopen goes back to the round's own lead and assisting units (a sampled direct
    /// answer, which had none, to the lead unit the agent chose) with every clock started afresh, and tells them.
    /// </summary>
    public async Task<ServiceResult<CallbackRecorded>> RecordAsync(string number, CallbackInput input, Viewer viewer, CancellationToken ct = default)
    {
        if (viewer.IsUnitBound)
        {
            return ServiceResult<CallbackRecorded>.Fail(string.Empty, NotFound);
        }

        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<CallbackRecorded>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var ticket = await db.Tickets.Include(t => t.Assignments).Include(t => t.Callbacks).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null)
        {
            return ServiceResult<CallbackRecorded>.Fail(string.Empty, NotFound);
        }

        // Another agent calling the citizen now: refused before anything else, the typed form comes back.
        var claim = await db.CallbackClaims.SingleOrDefaultAsync(c => c.TicketId == ticket.Id, ct);
        if (claim is not null && claim.Blocks(viewer.Actor.UserId, clock.UtcNow))
        {
            return ServiceResult<CallbackRecorded>.Fail(string.Empty, Claimed);
        }

        if (ticket.Version != input.Version)
        {
            return ServiceResult<CallbackRecorded>.Fail(string.Empty, TicketActs.Concurrency);
        }

        var round = ticket.Assignments.Where(a => a.IsActive && a.Round == ticket.Round).ToList();
        var lead = round.FirstOrDefault(a => a.IsLead)?.UnitId ?? input.ReopenLeadUnitId;
        if (input.Reopen && ticket.AwaitingCallback && lead is null)
        {
            return ServiceResult<CallbackRecorded>.Fail(nameof(CallbackInput.ReopenLeadUnitId), "FollowUp.Error.ReopenUnitRequired");
        }

        if (input.Reopen && ticket.AwaitingCallback && round.Count == 0 && !await db.Units.AnyAsync(u => u.Id == lead && u.IsActive, ct))
        {
            return ServiceResult<CallbackRecorded>.Fail(nameof(CallbackInput.ReopenLeadUnitId), "Validation.Unit.Invalid");
        }

        CallbackRecorded? recorded = null;
        var result = await db.SaveActAsync(async () =>
        {
            var now = clock.UtcNow;
            var reached = input.Reached!.Value;
            var reason = input.Reopen ? input.ReopenReason!.Trim() : null;
            DispatchOrder? order = null;
            if (input.Reopen)
            {
                order = await dispatch.OrderAsync(ticket, lead!.Value, round.Where(a => !a.IsLead).Select(a => a.UnitId).ToList(), reason, now, ct);
            }

            var report = new CallbackReport(reached, reached ? input.Satisfaction : null, reached ? input.Solved : null,
                input.CitizenWords, DateOnly.FromDateTime(clock.ToLocal(now).DateTime), input.Reopen, reason);
            ticket.RecordCallback(report, options.Value.CallbackRules, viewer.Actor, now, order);
            if (claim is not null)
            {
                // Recorded: the claim is released with it (in the same save).
                db.CallbackClaims.Remove(claim);
            }

            if (order is not null)
            {
                await notifications.NotifyUnitsAsync(order.AssistingUnitIds.Prepend(order.LeadUnitId)
                    .Select(unit => new UnitNotice(unit, NotificationKind.Reopened, ticket.Number)).ToList(), ct);
            }

            recorded = new CallbackRecorded(ticket.Number, OutcomeOf(ticket, report),
                ticket.Callbacks.Count(c => c.Round == ticket.Round && !c.Reached), ticket.Round);
            logger.LogInformation("Callback on ticket {TicketNumber} round {Round} by {UserId}: reached {Reached}, {Satisfaction}, outcome {Outcome}",
                ticket.Number, report.Reopen ? ticket.Round - 1 : ticket.Round, viewer.Actor.UserId, reached, report.Satisfaction, recorded.Outcome);
            return ticket.Number;
        }, ct);
        return result.Succeeded ? ServiceResult<CallbackRecorded>.Ok(recorded!) : ServiceResult<CallbackRecorded>.Fail(result.Errors);
    }

    private static CallbackOutcome OutcomeOf(Ticket ticket, CallbackReport report) =>
        report.Reopen ? CallbackOutcome.Reopened
        : ticket.AwaitingCallback ? CallbackOutcome.AttemptCounted
        : !report.Reached ? CallbackOutcome.ClosedUnreachable
        : ticket.ClosureReason == ClosureReason.Satisfied ? CallbackOutcome.Closed
        : ticket.ClosureReason == ClosureReason.Dissatisfied ? CallbackOutcome.ClosedDissatisfied
        : CallbackOutcome.SampleRecorded;
}
