using Hotline.Domain.Tickets;
using Hotline.Services.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>
/// One ticket as the unit's workbench shows it: the ticket (caller masked unless this unit revealed the number),
/// the unit's own part, its requests, attachments, and which acts are possible now.
/// </summary>
public sealed record WorkbenchTicket(
    TicketDetail Ticket,
    uint Version,
    UnitAssignment? Mine,
    bool CallerRevealed,
    bool ExtensionPending,
    IReadOnlyList<ExtensionView> Extensions,
    IReadOnlyList<AttachmentView> Attachments)
{
    private bool ActiveLead => Mine is { IsActive: true, IsLead: true };

    /// <summary>A sub-unit's part (下派) it has signed for: it contacts and resolves as the lead would.</summary>
    private bool ActiveDelegated => Mine is { IsActive: true, IsDelegated: true, ResolvedAt: null };

    private bool Worker => (ActiveLead || (ActiveDelegated && Mine!.SignedForAt is not null)) && Ticket.Status == TicketStatus.InProgress;

    private bool Working => Ticket.Status is TicketStatus.Dispatched or TicketStatus.InProgress;

    private bool Objected => Mine?.ObjectionStatus == RequestStatus.Pending;

    /// <summary>Whether the sign-for window is still open (now at or before the sign-for deadline), set by the service.</summary>
    public bool ObjectionWindowOpen { get; init; }

    /// <summary>The unit's own sub-units it may delegate to (下派); empty for a unit without any.</summary>
    public IReadOnlyList<Reference.UnitOption> SubUnits { get; init; } = [];

    /// <summary>The sub-units this unit delegated the ticket to, with their clocks (the parent follows them).</summary>
    public IReadOnlyList<DelegationView> Delegations { get; init; } = [];

    /// <summary>The unit this sub-unit works the ticket for, when it was delegated it.</summary>
    public Common.LocalizedName? DelegatedBy { get; init; }

    public bool CanSignFor => (ActiveLead && Ticket.Status == TicketStatus.Dispatched && !Objected)
        || (ActiveDelegated && Mine!.SignedForAt is null && Ticket.Status == TicketStatus.InProgress);

    public bool CanObject => ActiveLead && Ticket.Status == TicketStatus.Dispatched && Mine!.ObjectionStatus is null && ObjectionWindowOpen;

    public bool CanDelegate => ActiveLead && Ticket.Status == TicketStatus.InProgress && SubUnits.Count > 0
        && !Delegations.Any(d => d.IsActive && d.ResolvedAt is null);

    public bool CanRecordContact => Worker && Mine!.FirstContactAt is null;

    public bool CanAddNote => Mine is { IsActive: true, ResolvedAt: null } && Working;

    public bool CanMarkAssistDone => Mine is { IsActive: true, IsLead: false, AssistDoneAt: null } && Working;

    public bool CanRequestExtension => ActiveLead && Ticket.Status == TicketStatus.InProgress && !ExtensionPending;

    public bool CanRequestReturn => ActiveLead && Working && !Objected;

    public bool CanResolve => Worker;

    public bool CanRevealCaller => Ticket.IsConfidential && !CallerRevealed;

    public bool CanUpload => Mine is { IsActive: true } && TicketTransitions.IsOpen(Ticket.Status);
}
