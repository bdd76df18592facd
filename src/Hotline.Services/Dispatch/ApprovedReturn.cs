using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Dispatch;

/// <summary>A unit that gave the ticket back with the dispatcher's approval: re-dispatch should go elsewhere.</summary>
public sealed record ApprovedReturn(int UnitId, LocalizedName Unit, ReturnReason? Kind, string Reason, DateTimeOffset DecidedAt);
