using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Admin;

/// <summary>A row of the policy table as the administrator sees it; <see cref="RequestType"/> null means any type.</summary>
public sealed record PolicyRow(
    int Id,
    RequestType? RequestType,
    Urgency Urgency,
    TimeLimit Dispatch,
    TimeLimit SignFor,
    TimeLimit FirstContact,
    TimeLimit Resolve,
    TimeLimit Callback,
    DateTimeOffset UpdatedAt,
    uint Version);
