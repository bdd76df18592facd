using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.FollowUp;

namespace Hotline.Services.Tickets;

/// <summary>Everything about one ticket a viewer may see, with its timeline oldest first.</summary>
public sealed record TicketDetail(
    string Number,
    TicketStatus Status,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName CategoryParent,
    LocalizedName Category,
    LocalizedName? Area,
    string Address,
    string Content,
    bool IsConfidential,
    string CallerPhone,
    string? CallerName,
    bool CallerMasked,
    Channel Channel,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    DateTimeOffset? DispatchDueAt,
    LocalizedName? SuggestedUnit,
    LocalizedName? LeadUnit,
    int Round,
    int UrgeCount,
    bool IsDirectlyAnswered,
    Knowledge.ArticleVersionView? AnswerArticle,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? DispatchedAt,
    string? MasterNumber,
    IReadOnlyList<string> DuplicateNumbers,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<TimelineEntry> Timeline,
    TicketFollowUp FollowUp,
    SentLocation Sent,
    IReadOnlyList<LinkedPhoneCall> PhoneCalls)
{
    /// <summary>The dispatch clock while the ticket waits for dispatch; null once dispatched, merged, cancelled or closed.</summary>
    public RunningClock? DispatchClock => AssignmentClock.Dispatch(Status, RegisteredAt, DispatchRestartedAt, DispatchDueAt);

    /// <summary>When an approved return restarted the dispatch clock, or null.</summary>
    public DateTimeOffset? DispatchRestartedAt { get; init; }

    /// <summary>The ticket's events and assignments as <see cref="HoldingTimeline"/> reads them (clock per holder).</summary>
    public HeldTicket Held { get; init; } = new(RegisteredAt, DispatchDueAt, null, null, null, null, [], []);
}

/// <summary>A telephone platform call one of the ticket's contacts was popped from (docs/decisions/0025).</summary>
public sealed record LinkedPhoneCall(string PlatformCallId, DateTimeOffset? AnsweredAt, long? WaitMs, string? AgentLogin);
