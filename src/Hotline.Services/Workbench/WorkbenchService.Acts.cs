using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Workbench;

/// <summary>
/// The acts of a liaison on one of the unit's tickets, each its domain call through <see cref="TicketActs"/> (validate
/// the form → load the ticket the unit may see → compare the version the liaison saw → the domain method → save once).
/// Refusals come back as resource keys.
/// </summary>
public sealed partial class WorkbenchService
{
    public const string NotFound = TicketActs.NotFound;

    public Task<ServiceResult<string>> SignForAsync(string number, SignForInput input, Viewer viewer, CancellationToken ct = default) =>
        ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            ticket.SignFor(unit, viewer.Actor, now);
            return Task.CompletedTask;
        }, ct);

    public async Task<ServiceResult<string>> RecordContactAsync(string number, ContactInput input, Viewer viewer, CancellationToken ct = default) =>
        await contactRules.CheckAsync(input, ct) ?? ServiceResult<string>.IfImplausible(clock, nameof(input.ContactedAt), input.ContactedAt)
        ?? await ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            ticket.RecordContact(unit, viewer.Actor, now, clock.FromLocal(input.ContactedAt!.Value), input.Summary!.Trim(), input.Method!.Value);
            return Task.CompletedTask;
        }, ct);

    public async Task<ServiceResult<string>> AddNoteAsync(string number, NoteInput input, Viewer viewer, CancellationToken ct = default) =>
        await noteRules.CheckAsync(input, ct) ?? await ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            ticket.AddNote(unit, viewer.Actor, now, input.Text!.Trim());
            return Task.CompletedTask;
        }, ct);

    public async Task<ServiceResult<string>> MarkAssistDoneAsync(string number, AssistDoneInput input, Viewer viewer, CancellationToken ct = default) =>
        await assistDoneRules.CheckAsync(input, ct) ?? await ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            ticket.MarkAssistDone(unit, viewer.Actor, now, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
            return Task.CompletedTask;
        }, ct);

    public async Task<ServiceResult<string>> RequestExtensionAsync(string number, ExtensionInput input, Viewer viewer, CancellationToken ct = default) =>
        await extensionRules.CheckAsync(input, ct) ?? ServiceResult<string>.IfImplausible(clock, nameof(input.ProposedDueAt), input.ProposedDueAt)
        ?? await ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            ticket.RequestExtension(unit, viewer.Actor, now, input.Reason!.Trim(), clock.FromLocal(input.ProposedDueAt!.Value));
            return Task.CompletedTask;
        }, ct);

    public async Task<ServiceResult<string>> RequestReturnAsync(string number, ReturnInput input, Viewer viewer, CancellationToken ct = default) =>
        await returnRules.CheckAsync(input, ct) ?? await ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            ticket.RequestReturn(unit, viewer.Actor, now, input.Reason!.Trim(), input.Kind!.Value);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// 办结. A reply the review policy names goes to review (审核) with its review clock and the quality check against the
    /// unit's latest replies; any other starts the callback clock now. Each clock by the policy on the working calendar.
    /// </summary>
    public async Task<ServiceResult<string>> ResolveAsync(string number, ResolveInput input, Viewer viewer, CancellationToken ct = default) =>
        await resolveRules.CheckAsync(input, ct) ?? await ActAsync(number, input.Version, viewer, async (ticket, unit, now) =>
        {
            var result = input.Result!.Trim();
            var reason = string.IsNullOrWhiteSpace(input.CannotSolveReason) ? null : input.CannotSolveReason.Trim();
            if (await review.DemandingAsync(ticket, ct) is { } demand)
            {
                var reviewDue = await deadlines.DueAsync(now, demand.Limit, ct);
                var recent = await review.RecentRepliesAsync(unit, ct);
                ticket.SubmitForReview(unit, viewer.Actor, now, result, input.Outcome!.Value, reason, reviewDue, recent);
                return;
            }

            var policy = await deadlines.PolicyForAsync(ticket.RequestType, ticket.Urgency, ct);
            var callbackDue = await deadlines.DueAsync(now, policy.Callback, ct);
            ticket.Resolve(unit, viewer.Actor, now, result, input.Outcome!.Value, reason, callbackDue);
        }, ct);

    /// <summary>Reveals a confidential caller's number to the unit, once, with the reason in the timeline; returns the number.</summary>
    public async Task<ServiceResult<string>> RevealCallerAsync(string number, RevealInput input, Viewer viewer, CancellationToken ct = default)
    {
        if (await revealRules.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        var phone = string.Empty;
        var result = await ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            ticket.RevealCaller(unit, viewer.Actor, now, input.Reason!.Trim());
            phone = ticket.CallerPhone;
            logger.LogInformation("Caller of ticket {TicketNumber} revealed to unit {UnitId} by {UserId}", ticket.Number, unit, viewer.Actor.UserId);
            return Task.CompletedTask;
        }, ct, includeEvents: true);
        return result.Succeeded ? ServiceResult<string>.Ok(phone) : result;
    }

    /// <summary>Stores a photo or PDF with the ticket (checked by extension and by its bytes) and records it in the timeline.</summary>
    public async Task<ServiceResult<string>> UploadAttachmentAsync(string number, UploadInput input, Viewer viewer, CancellationToken ct = default) =>
        await uploadRules.CheckAsync(input, ct) ?? await ActAsync(number, input.Version, viewer, (ticket, unit, now) =>
        {
            if (!ticket.Assignments.Any(a => a.IsActive && a.UnitId == unit))
            {
                throw new DomainRuleException("Workbench.Error.NotYourAssignment");
            }

            var file = input.ToAttachment(ticket.Id, unit, viewer.Actor.UserId, now);
            ticket.RecordAttachment(unit, viewer.Actor, now, file.FileName);
            db.Attachments.Add(file);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// The unit's act through <see cref="TicketActs.ActAsync"/>: only a ticket the liaison's unit may see is found; one of
    /// another unit is "not found" too, and the attempt is logged.
    /// </summary>
    private async Task<ServiceResult<string>> ActAsync(string number, uint seenVersion, Viewer viewer,
        Func<Ticket, int, DateTimeOffset, Task> act, CancellationToken ct, bool includeEvents = false)
    {
        if (!viewer.IsUnitBound || viewer.UnitId is not { } unit)
        {
            return ServiceResult<string>.Fail(string.Empty, NotFound);
        }

        var query = db.Tickets.VisibleTo(viewer).Include(t => t.Assignments).Include(t => t.Extensions).AsQueryable();
        if (includeEvents)
        {
            query = query.Include(t => t.Events);
        }

        var result = await db.ActAsync(query.AsSplitQuery(), number, seenVersion, async ticket =>
        {
            await act(ticket, unit, clock.UtcNow);
            return ticket.Number;
        }, ct);
        if (result.Errors is [{ Code: NotFound }] && await db.Tickets.AnyAsync(t => t.Number == number, ct))
        {
            logger.LogWarning("User {UserId} of unit {UnitId} tried to act on ticket {TicketNumber} outside their unit",
                viewer.Actor.UserId, unit, number);
        }

        return result;
    }
}
