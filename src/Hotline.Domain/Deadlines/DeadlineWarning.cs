namespace Hotline.Domain.Deadlines;

public static class DeadlineWarning
{
    public const double DefaultYellowShare = 0.25;

    /// <summary>
    /// Red once <paramref name="now"/> is past the due instant (meeting it exactly is on time);
    /// yellow when no more than <paramref name="yellowShare"/> of the start-to-due span is left.
    /// The share is of wall-clock time, so a working-days clock turns yellow on the same evening or
    /// weekend as the span suggests, not by working time left.
    /// </summary>
    public static WarningLevel Evaluate(
        DateTimeOffset startedAt,
        DateTimeOffset dueAt,
        DateTimeOffset now,
        double yellowShare = DefaultYellowShare)
    {
        if (double.IsNaN(yellowShare) || yellowShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(yellowShare), yellowShare, "The yellow share must be between 0 and 1.");
        }

        if (dueAt < startedAt)
        {
            throw new ArgumentException("A deadline cannot fall before its clock started.", nameof(dueAt));
        }

        if (now > dueAt)
        {
            return WarningLevel.Red;
        }

        // Seconds as doubles, as the SQL function hotline_clock_warning compares them, so the two agree to the microsecond.
        var remaining = (dueAt - now).TotalSeconds;
        var limit = (dueAt - startedAt).TotalSeconds;
        return remaining <= yellowShare * limit ? WarningLevel.Yellow : WarningLevel.None;
    }
}
