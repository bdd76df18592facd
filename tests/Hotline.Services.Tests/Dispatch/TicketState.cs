using Hotline.Domain.Tickets;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>What dispatching or merging can change on a stored ticket; an equal state after a refusal means nothing was saved.</summary>
internal sealed record TicketState(TicketStatus Status, uint Version, int? LeadUnitId, DateTimeOffset? DispatchedAt,
    long? MasterTicketId, int DuplicateCount, int Assignments, int Events);
