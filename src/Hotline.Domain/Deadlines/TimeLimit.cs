namespace Hotline.Domain.Deadlines;

/// <summary>A limit such as "15 min" or "5 working days"; turned into a due instant by <see cref="WorkingCalendar.Add"/>.</summary>
public readonly record struct TimeLimit(int Amount, DurationUnit Unit)
{
    public int Amount { get; } = Amount >= 0
        ? Amount
        : throw new ArgumentOutOfRangeException(nameof(Amount), Amount, "A time limit cannot be negative.");

    public DurationUnit Unit { get; } = Enum.IsDefined(Unit)
        ? Unit
        : throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Unknown duration unit.");

    /// <summary>True when the limit is counted on the working calendar rather than the natural clock.</summary>
    public bool IsWorkingTime => Unit is DurationUnit.WorkingHours or DurationUnit.WorkingDays;

    public static TimeLimit Minutes(int amount) => new(amount, DurationUnit.Minutes);

    public static TimeLimit Hours(int amount) => new(amount, DurationUnit.Hours);

    public static TimeLimit WorkingHours(int amount) => new(amount, DurationUnit.WorkingHours);

    public static TimeLimit WorkingDays(int amount) => new(amount, DurationUnit.WorkingDays);
}
