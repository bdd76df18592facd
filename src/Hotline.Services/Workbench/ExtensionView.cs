using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

public sealed record ExtensionView(DateTimeOffset RequestedAt, string Reason, DateTimeOffset PreviousDueAt, DateTimeOffset ProposedDueAt,
    RequestStatus Status, DateTimeOffset? DecidedAt, string? DecisionNote);
