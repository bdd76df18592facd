namespace Hotline.Domain.Deadlines;

/// <summary>The office periods of a working day, ordered and non-overlapping.</summary>
public sealed class OfficeHours
{
    public OfficeHours(IEnumerable<OfficePeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var ordered = periods.OrderBy(p => p.Start).ToArray();

        // Without any period a working-hours clock would never run out.
        if (ordered.Length == 0)
        {
            throw new ArgumentException("Office hours need at least one period.", nameof(periods));
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Start < ordered[i - 1].End)
            {
                throw new ArgumentException(
                    $"Office periods {ordered[i - 1].Start:HH:mm}–{ordered[i - 1].End:HH:mm} and {ordered[i].Start:HH:mm}–{ordered[i].End:HH:mm} overlap.",
                    nameof(periods));
            }
        }

        Periods = ordered;
    }

    /// <summary>08:30–12:00 and 13:30–17:30.</summary>
    public static OfficeHours Default { get; } = new(
    [
        new OfficePeriod(new TimeOnly(8, 30), new TimeOnly(12, 0)),
        new OfficePeriod(new TimeOnly(13, 30), new TimeOnly(17, 30)),
    ]);

    public IReadOnlyList<OfficePeriod> Periods { get; }

    public TimeSpan LengthPerDay => Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Length);
}
