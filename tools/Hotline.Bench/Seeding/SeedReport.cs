namespace Hotline.Bench.Seeding;

/// <summary>What a seeding run wrote and how long each phase took.</summary>
internal sealed record SeedReport(long Tickets, long Assignments, long Events, long Calls, long Callbacks, long Extensions)
{
    public TimeSpan Load { get; init; }

    public TimeSpan Indexes { get; init; }

    public TimeSpan Analyze { get; init; }

    public TimeSpan Total { get; init; }

    public long DatabaseBytes { get; init; }
}
