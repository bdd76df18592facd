using Hotline.Domain.Tickets;

namespace Hotline.Services.Supervision;

/// <summary>
/// What the ticket and workbench pages show about supervision: the flag in force (level, note, the resolution deadline
/// it may have tightened) and whether the ticket was reopened often enough to need a supervisor's eye.
/// </summary>
public sealed record SupervisionBanner(
    SupervisionLevel? Level,
    string? Note,
    DateTimeOffset? SupervisedAt,
    DateTimeOffset? ResolveDueAt,
    int ReopenCount,
    bool RepeatedlyReopened)
{
    public bool ShowsAnything => Level is not null || RepeatedlyReopened;
}
