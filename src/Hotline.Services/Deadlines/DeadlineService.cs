using System.Globalization;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Deadlines;

/// <summary>Builds the working calendar and the policy in force from the database and computes due times.</summary>
public sealed class DeadlineService(HotlineDbContext db, HotlineClock clock, ILogger<DeadlineService> logger)
{
    public const string OfficeHoursKey = "OfficeHours";

    public async Task<WorkingCalendar> LoadCalendarAsync(CancellationToken ct = default)
    {
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        var hours = await db.Settings.AsNoTracking().Where(s => s.Key == OfficeHoursKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return WorkingCalendar.FromDays(days, hours is null ? OfficeHours.Default : ParseOfficeHours(hours), clock.Zone);
    }

    public async Task<DeadlinePolicy> PolicyForAsync(RequestType type, Urgency urgency, CancellationToken ct = default)
    {
        var policies = await db.DeadlinePolicies.AsNoTracking()
            .Where(p => p.Urgency == urgency && (p.RequestType == type || p.RequestType == null))
            .ToListAsync(ct);
        return DeadlinePolicy.Find(policies, type, urgency);
    }

    public async Task<DateTimeOffset> DispatchDueAsync(RequestType type, Urgency urgency, DateTimeOffset registeredAt, CancellationToken ct = default)
    {
        var policy = await PolicyForAsync(type, urgency, ct);
        return await DueAsync(registeredAt, policy.Dispatch, ct);
    }

    public async Task<DateTimeOffset> DueAsync(DateTimeOffset start, TimeLimit limit, CancellationToken ct = default) =>
        // Natural clocks do not need the calendar.
        limit.Unit is DurationUnit.Minutes or DurationUnit.Hours
            ? start.AddMinutes(limit.Unit == DurationUnit.Minutes ? limit.Amount : limit.Amount * 60).ToUniversalTime()
            : Due(await LoadCalendarAsync(ct), start, limit);

    /// <summary>The sign-for, first-contact and resolution clocks of an assignment dispatched at <paramref name="start"/>.</summary>
    public async Task<AssignmentDeadlines> AssignmentDeadlinesAsync(RequestType type, Urgency urgency, DateTimeOffset start, CancellationToken ct = default) =>
        AssignmentDeadlines(await LoadCalendarAsync(ct), await PolicyForAsync(type, urgency, ct), start);

    public AssignmentDeadlines AssignmentDeadlines(WorkingCalendar calendar, DeadlinePolicy policy, DateTimeOffset start) =>
        new(Due(calendar, start, policy.SignFor), Due(calendar, start, policy.FirstContact), Due(calendar, start, policy.Resolve));

    public DateTimeOffset Due(WorkingCalendar calendar, DateTimeOffset start, TimeLimit limit)
    {
        var result = calendar.Add(start, limit);
        if (result.YearsWithoutData.Count > 0)
        {
            logger.LogWarning("Working calendar has no data for {Years}; counted them as plain Monday–Friday weeks",
                string.Join(", ", result.YearsWithoutData));
        }

        return result.DueAt;
    }

    /// <summary>Reads "08:30-12:00,13:30-17:30".</summary>
    public static OfficeHours ParseOfficeHours(string text) =>
        new(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p =>
        {
            var ends = p.Split('-', StringSplitOptions.TrimEntries);
            return new OfficePeriod(TimeOnly.ParseExact(ends[0], "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(ends[1], "HH:mm", CultureInfo.InvariantCulture));
        }));

    public static string FormatOfficeHours(OfficeHours hours) =>
        string.Join(',', hours.Periods.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Start:HH:mm}-{p.End:HH:mm}")));
}
