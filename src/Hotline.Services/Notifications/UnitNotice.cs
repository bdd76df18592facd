using Hotline.Domain.Notifications;

namespace Hotline.Services.Notifications;

/// <summary>A notice for every liaison of a unit, posted with others in one go.</summary>
public sealed record UnitNotice(int UnitId, NotificationKind Kind, string TicketNumber, string? Detail = null);
