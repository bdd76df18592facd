using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Channels;

/// <summary>What the public status page shows a citizen: the number, the status, the unit and the published reply. No more.</summary>
public sealed record PublicStatus(string Number, TicketStatus Status, DateTimeOffset RegisteredAt, LocalizedName? Unit, string? PublishedReply);
