using Hotline.Domain.Tickets;

namespace Hotline.Services.Appeals;

/// <summary>The appeal log's filter: one unit (a liaison always sees only their own), one status, a page.</summary>
public sealed record AppealLogFilter(int? UnitId = null, RequestStatus? Status = null, int Page = 1);
