namespace Hotline.Domain.Deadlines;

/// <summary>A stretch of office hours on a working day, local time; <see cref="End"/> is exclusive.</summary>
public readonly record struct OfficePeriod(TimeOnly Start, TimeOnly End)
{
    public TimeOnly Start { get; } = Start;

    public TimeOnly End { get; } = End > Start
        ? End
        : throw new ArgumentException("An office period must end after it starts.", nameof(End));

    public TimeSpan Length => End - Start;
}
