using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

/// <summary>One ticket as the supervisor's action page (/Supervision/Ticket) shows it, and which acts its state allows.</summary>
public sealed record SupervisionTicket
{
    public required string Number { get; init; }
    public required uint Version { get; init; }
    public required TicketStatus Status { get; init; }
    public required RequestType RequestType { get; init; }
    public required Urgency Urgency { get; init; }
    public required LocalizedName Category { get; init; }
    public required string Content { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public required int Round { get; init; }
    public required int UrgeCount { get; init; }
    public required int ReopenCount { get; init; }
    public required bool RepeatedlyReopened { get; init; }
    public required SupervisionLevel? Supervision { get; init; }
    public required string? SupervisionNote { get; init; }
    public required DateTimeOffset? SupervisedAt { get; init; }
    public required LocalizedName? LeadUnit { get; init; }

    /// <summary>The running resolution deadline of the active lead unit: a tighter one must fall before it.</summary>
    public required DateTimeOffset? ResolveDueAt { get; init; }

    public required DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Until when a closed ticket may still be reopened.</summary>
    public required DateTimeOffset? ReopenUntil { get; init; }

    /// <summary>The reopen form's defaults: the current (or last) lead unit and the last round's assisting units.</summary>
    public required int? LastLeadUnitId { get; init; }

    public required IReadOnlyList<int> LastAssistingUnitIds { get; init; }

    private bool IsOpen => TicketTransitions.IsOpen(Status);

    public bool CanSupervise => IsOpen;

    public bool CanLift => IsOpen && Supervision is not null;

    public bool CanUrge => IsOpen;

    public bool CanReopen => Status is TicketStatus.Resolved or TicketStatus.Closed;

    public bool CanCancel => Status == TicketStatus.PendingDispatch;
}
