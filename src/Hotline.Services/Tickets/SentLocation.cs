using Hotline.Domain.Tickets;

namespace Hotline.Services.Tickets;

/// <summary>What a citizen channel sent besides the text: a position and a photo link; both null for tickets taken by phone.</summary>
public sealed record SentLocation(GeoPoint? Position, string? MediaUrl)
{
    public static SentLocation Of(double? latitude, double? longitude, string? mediaUrl) =>
        new(latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null, mediaUrl);

    public bool IsEmpty => Position is null && MediaUrl is null;
}
