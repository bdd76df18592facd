using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.FollowUp;

/// <summary>
/// Everything the agent needs to make the callback (回访): the request, the unit's result (or the agent's answer for a
/// sampled direct answer), whom to call, earlier attempts of every round, and where this round's failed attempts stand.
/// </summary>
public sealed record CallbackTicket(
    string Number,
    TicketStatus Status,
    bool AwaitingCallback,
    CallbackKind Kind,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    string Address,
    string Content,
    string CallerPhone,
    string? CallerName,
    DateTimeOffset RegisteredAt,
    int Round,
    LocalizedName? LeadUnit,
    IReadOnlyList<LocalizedName> AssistingUnits,
    DateTimeOffset? ResolvedAt,
    string? Result,
    ResolutionOutcome? Outcome,
    string? CannotSolveReason,
    string? AnswerNote,
    string? AnswerArticle,
    DateTimeOffset? CallbackDueAt,
    ClosureReason? ClosureReason,
    FailedAttempts Failed,
    IReadOnlyList<CallbackView> Attempts,
    IReadOnlyList<CallerContact> MergedCallers,
    uint Version,
    CallbackHolder? Holder)
{
    /// <summary>A reopen needs a lead unit chosen by the agent: a sampled direct answer never had one.</summary>
    public bool ReopenNeedsUnit => LeadUnit is null;

    /// <summary>Another agent's claim stands: this viewer may not record the callback now.</summary>
    public bool HeldByOther => Holder is { IsViewer: false };
}
