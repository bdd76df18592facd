using Hotline.Domain.Deadlines;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// One deadline as shown anywhere: due time, and either the time left (negative: overdue) or when it was met. A deadline
/// that is neither met nor <see cref="Running"/> (its ticket was merged, cancelled or closed) shows its due time only.
/// Only <see cref="TimeDisplay"/> makes one, so the colour and the time left come from the one clock rule and the
/// configured warning share; the _Clock partial shows them and computes nothing.
/// </summary>
public sealed record ClockView(DateTimeOffset? DueAt, DateTimeOffset? MetAt, WarningLevel Warning, TimeSpan? Left = null)
{
    /// <summary>The deadline's clock is running: <see cref="Left"/> counts down (and below zero once overdue).</summary>
    public bool Running => Left is not null;

    /// <summary>Past due while running.</summary>
    public bool Overdue => Left < TimeSpan.Zero;
}
