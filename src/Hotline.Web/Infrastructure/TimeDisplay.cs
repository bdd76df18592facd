using System.Globalization;
using Hotline.Services.Common;

namespace Hotline.Web.Infrastructure;

/// <summary>Shows stored UTC instants in the hotline's time zone, whatever the server's zone is.</summary>
public sealed class TimeDisplay(HotlineClock clock)
{
    public string DateTime(DateTimeOffset? instant) =>
        instant is { } i ? clock.ToLocal(i).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public string DateTimeSeconds(DateTimeOffset instant) =>
        clock.ToLocal(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The value of a datetime-local input.</summary>
    public string InputValue(DateTime? local) =>
        local?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    public DateTime LocalNowForInput() => clock.ToLocal(clock.UtcNow).DateTime is var now
        ? new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified)
        : default;

    public string ZoneName => clock.Zone.Id;
}
