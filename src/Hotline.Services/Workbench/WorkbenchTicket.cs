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

    private bool Working => Ticket.Status is TicketStatus.Dispatched or TicketStatus.InProgress;

    public bool CanSignFor => ActiveLead && Ticket.Status == TicketStatus.Dispatched;

    public bool CanRecordContact => ActiveLead && Ticket.Status == TicketStatus.InProgress && Mine!.FirstContactAt is null;

    public bool CanAddNote => Mine is { IsActive: true } && Working;

    public bool CanMarkAssistDone => Mine is { IsActive: true, IsLead: false, AssistDoneAt: null } && Working;

    public bool CanRequestExtension => ActiveLead && Ticket.Status == TicketStatus.InProgress && !ExtensionPending;

    public bool CanRequestReturn => ActiveLead && Working;

    public bool CanResolve => ActiveLead && Ticket.Status == TicketStatus.InProgress;

    public bool CanRevealCaller => Ticket.IsConfidential && !CallerRevealed;

    public bool CanUpload => Mine is { IsActive: true } && TicketTransitions.IsOpen(Ticket.Status);
}
