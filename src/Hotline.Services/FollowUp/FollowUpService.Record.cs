using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.FollowUp;

/// <summary>Recording a callback, its domain call through <see cref="TicketActs"/>: validate the form → load the ticket → compare the version the agent saw → the domain → save once.</summary>
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

        if (await validator.CheckAsync<CallbackInput, CallbackRecorded>(input, ct) is { } refused)
        {
            return refused;
        }

        List<Assignment> round = [];
        int? lead = null;
        CallbackRecorded? recorded = null;
        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments).Include(t => t.Callbacks).AsSplitQuery(), number, input.Version,
            async ticket =>
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
            }, ct, check: async ticket =>
            {
                // A reopen goes to the round's own units; a sampled direct answer had none, so the agent chose the lead.
                round = ticket.Assignments.Where(a => a.IsActive && a.Round == ticket.Round).ToList();
                lead = round.FirstOrDefault(a => a.IsLead)?.UnitId ?? input.ReopenLeadUnitId;
                if (input.Reopen && ticket.AwaitingCallback && lead is null)
                {
                    return ServiceResult<string>.Fail(nameof(CallbackInput.ReopenLeadUnitId), "FollowUp.Error.ReopenUnitRequired");
                }

                return input.Reopen && ticket.AwaitingCallback && round.Count == 0 && !await db.Units.AnyAsync(u => u.Id == lead && u.IsActive, ct)
                    ? ServiceResult<string>.Fail(nameof(CallbackInput.ReopenLeadUnitId), "Validation.Unit.Invalid")
                    : null;
            });
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
