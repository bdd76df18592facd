using System.Globalization;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>A WGS84 position, as handsets and Open311 clients send it.</summary>
public readonly record struct GeoPoint
{
    public GeoPoint(double latitude, double longitude)
    {
        if (!IsValid(latitude, longitude))
        {
            throw new DomainRuleException("Validation.Position.Invalid");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }
    public double Longitude { get; }

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <summary>Reads "lat" and "long" as sent (invariant culture); both or neither.</summary>
    public static bool TryParse(string? latitude, string? longitude, out GeoPoint point)
    {
        point = default;
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !IsValid(lat, lon))
        {
            return false;
        }

        point = new GeoPoint(lat, lon);
        return true;
    }

    /// <summary>A <c>geo:</c> URI (RFC 5870): opens the device's own map application, no map tiles from outside.</summary>
    public string GeoUri => string.Create(CultureInfo.InvariantCulture, $"geo:{Latitude:0.######},{Longitude:0.######}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude:0.######}, {Longitude:0.######}");
}
