using Hotline.Domain.Incidents;
using Hotline.Services.Common;

namespace Hotline.Services.Incidents;

/// <summary>One incident in a list (intake's offer, the wall, the dashboard, the supervisors' page) with its attached calls.</summary>
public sealed record IncidentSummary(
    int Id,
    string Name,
    LocalizedName Category,
    LocalizedName? Area,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string MasterNumber,
    long Attached,
    IncidentStage Stage);
