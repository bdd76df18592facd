using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>A recent ticket as the call hall's wall shows it: the caller always masked.</summary>
public sealed record WallTicket(string Number, LocalizedName Parent, LocalizedName Category, DateTimeOffset RegisteredAt,
    string MaskedPhone, TicketStatus Status);
