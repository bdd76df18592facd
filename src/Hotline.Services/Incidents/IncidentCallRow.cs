namespace Hotline.Services.Incidents;

/// <summary>One attached call as the incident's page lists it.</summary>
public sealed record IncidentCallRow(long CallId, string Phone, string? CallerName, string? Words, DateTimeOffset StartedAt, DateTimeOffset AttachedAt);
