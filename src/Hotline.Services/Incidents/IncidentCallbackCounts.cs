using Hotline.Domain.Performance;

namespace Hotline.Services.Incidents;

/// <summary>The callbacks' outcomes: satisfaction counts only callers reached, as for tickets (docs/measures.md).</summary>
public sealed record IncidentCallbackCounts(long Listed, long Waiting, long Satisfied, long BasicallySatisfied, long Dissatisfied,
    long Unreachable, long Solved)
{
    public long Reached => Satisfied + BasicallySatisfied + Dissatisfied;

    public Rate Satisfaction => new(Satisfied + BasicallySatisfied, Reached);
}
