namespace Hotline.Services.Data.Seed;

/// <summary>A knowledge-base article an agent can read out to a caller. <paramref name="Keywords"/> are space-separated.</summary>
public sealed record KnowledgeSeed(string Title, string Body, string Keywords, string? CategoryCode);
