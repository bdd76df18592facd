using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Admin;

/// <summary>A row of the review policy as the administrator sees it.</summary>
public sealed record ReviewPolicyRow(int Id, RequestType RequestType, bool Always, bool WhenSupervised, TimeLimit Limit, DateTimeOffset UpdatedAt, uint Version);
