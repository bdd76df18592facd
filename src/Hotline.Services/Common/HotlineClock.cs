using Hotline.Domain.Common;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Common;

/// <summary>Now, and the hotline's local time zone. Wraps TimeProvider so tests drive time with a fake clock.</summary>
public sealed class HotlineClock(TimeProvider time, IOptions<HotlineOptions> options)
{
    /// <summary>The message key of a date outside <see cref="Limits.IsPlausible(DateOnly, DateOnly)"/>'s window.</summary>
    public const string ImplausibleDate = "Validation.Date.OutOfRange";

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly LocalToday => DateOnly.FromDateTime(ToLocal(UtcNow).DateTime);

    /// <summary>Reads a wall-clock time typed by a person (no offset) as local to the hotline.</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>Whether a typed local time lies in the plausible window around today (checked before <see cref="FromLocal"/>).</summary>
    public bool IsPlausible(DateTime local) => Limits.IsPlausible(local, LocalToday);

    public DateTimeOffset StartOfLocalDay(DateOnly day) => FromLocal(day.ToDateTime(TimeOnly.MinValue));
}
