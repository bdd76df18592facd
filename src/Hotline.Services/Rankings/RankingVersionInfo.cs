namespace Hotline.Services.Rankings;

/// <summary>A published version as the ranking page lists it.</summary>
public sealed record RankingVersionInfo(int Id, DateOnly Month, int Number, DateTimeOffset PublishedAt, string PublishedBy, string? Note,
    int AppealsUpheld, string Definitions);
