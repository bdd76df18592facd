using System.Globalization;
using Hotline.Services.Common;

namespace Hotline.Web.Infrastructure;

/// <summary>Shows stored UTC instants in the hotline's time zone, whatever the server's zone is.</summary>
public sealed class TimeDisplay(HotlineClock clock, Microsoft.Extensions.Options.IOptions<HotlineOptions> options)
{
    /// <summary>
    /// One of a ticket's deadlines as the pages show it: met, or counting down in the colour
    /// <see cref="Hotline.Domain.Tickets.RunningClock.Warning"/> gives it with the configured warning share while
    /// <paramref name="running"/> (its assignment's or the dispatch clock) runs, or stopped.
    /// </summary>
    public ClockView Clock(Hotline.Domain.Tickets.RunningClock? running, DateTimeOffset? dueAt, DateTimeOffset? metAt) =>
        metAt is not null || dueAt is not { } due ? new ClockView(dueAt, metAt, Domain.Deadlines.WarningLevel.None)
        : running is not { } clock ? new ClockView(due, null, Domain.Deadlines.WarningLevel.None)
        : new ClockView(due, null, (clock with { DueAt = due }).Warning(Now, options.Value.WarningShare), due - Now);

    /// <summary>
    /// A queue row's running clock: its colour was read with the configured warning share by the queue's own query
    /// (the running_clocks view or the callback clock), so only the time left is added here.
    /// </summary>
    public ClockView Running(DateTimeOffset? dueAt, Domain.Deadlines.WarningLevel warning) =>
        dueAt is { } due ? new ClockView(due, null, warning, due - Now) : new ClockView(null, null, warning);

    /// <summary>
    /// An assignment's deadlines as the pages show them: each met, counting down while the assignment's clock runs, or
    /// stopped. An assisting unit's resolution deadline is met when its part is done.
    /// </summary>
    public AssignmentClocks Clocks(Hotline.Services.Tickets.AssignmentView a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return Clocks(a.Running, a.SignForDueAt, a.SignedForAt, a.FirstContactDueAt, a.FirstContactAt, a.ResolveDueAt,
            a.Role == Domain.Tickets.AssignmentRole.Assisting ? a.AssistDoneAt ?? a.ResolvedAt : a.ResolvedAt);
    }

    /// <inheritdoc cref="Clocks(Hotline.Services.Tickets.AssignmentView)"/>
    public AssignmentClocks Clocks(Hotline.Services.Workbench.UnitAssignment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return Clocks(a.Running, a.SignForDueAt, a.SignedForAt, a.FirstContactDueAt, a.FirstContactAt, a.ResolveDueAt,
            a.IsLead ? a.ResolvedAt : a.AssistDoneAt ?? a.ResolvedAt);
    }

    /// <summary>A sub-unit's part (下派) as its parent follows it.</summary>
    public AssignmentClocks Clocks(Hotline.Services.Workbench.DelegationView d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return Clocks(d.Running, d.SignForDueAt, d.SignedForAt, d.FirstContactDueAt, d.FirstContactAt, d.ResolveDueAt, d.ResolvedAt);
    }

    private AssignmentClocks Clocks(Hotline.Domain.Tickets.RunningClock? running, DateTimeOffset signForDueAt, DateTimeOffset? signedForAt,
        DateTimeOffset firstContactDueAt, DateTimeOffset? firstContactAt, DateTimeOffset resolveDueAt, DateTimeOffset? resolvedAt) =>
        new(Clock(running, signForDueAt, signedForAt), Clock(running, firstContactDueAt, firstContactAt), Clock(running, resolveDueAt, resolvedAt));

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

    public DateTimeOffset Now => clock.UtcNow;

    /// <summary>The instant has passed (a deadline, a reopening window): pages ask this instead of comparing with now.</summary>
    public bool IsPast(DateTimeOffset instant) => instant < Now;

    /// <summary>How long ago an overdue deadline fell due.</summary>
    public TimeSpan OverdueBy(DateTimeOffset dueAt) => Now - dueAt;

    /// <summary>A span as people say it: "2天3小时", "3小时10分", "25分钟" (format strings come from resources).</summary>
    public static string Span(TimeSpan span, Microsoft.Extensions.Localization.IStringLocalizer l)
    {
        var minutes = (int)Math.Ceiling(Math.Abs(span.TotalMinutes));
        var (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        return days > 0 ? string.Format(CultureInfo.CurrentCulture, l["Duration.DaysHours"].Value, days, hours)
            : hours > 0 ? string.Format(CultureInfo.CurrentCulture, l["Duration.HoursMinutes"].Value, hours, mins)
            : string.Format(CultureInfo.CurrentCulture, l["Duration.Minutes"].Value, mins);
    }
}
