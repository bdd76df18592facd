using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Deadlines;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Services.Admin;

/// <summary>
/// The administrator's working calendar: the year view, marking dates, importing a year's schedule and the
/// office hours. Only clocks started afterwards see a change: deadlines already stored are never recomputed.
/// </summary>
public sealed class CalendarAdminService(
    HotlineDbContext db,
    HotlineClock clock,
    AuditLog audit,
    WorkingCalendarCache cached,
    SettingsStore settings,
    IValidator<CalendarMarkInput> markValidator,
    IValidator<OfficeHoursInput> hoursValidator,
    ILogger<CalendarAdminService> logger)
{

    /// <summary>An import of a few years is a few hundred lines; far more is not a schedule.</summary>
    public const int MaxImportLength = 20_000;

    public async Task<CalendarYear> GetYearAsync(int year, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, CalendarYear.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, CalendarYear.MaxYear);
        var first = new DateOnly(year, 1, 1);
        var next = first.AddYears(1);
        var rows = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date < next).ToListAsync(ct);

        // Whether a date is worked is the engine's rule, not the page's.
        var calendar = WorkingCalendar.FromDays(rows, OfficeHours.Default, clock.Zone);
        var marks = rows.ToDictionary(r => r.Date);
        var dates = new List<CalendarDate>(366);
        for (var date = first; date < next; date = date.AddDays(1))
        {
            var mark = marks.GetValueOrDefault(date);
            dates.Add(new CalendarDate(date, calendar.IsWorkingDay(date), mark?.Kind, mark?.Name));
        }

        return new CalendarYear(year, dates, rows.Count);
    }

    public async Task<ServiceResult<DateOnly>> MarkAsync(CalendarMarkInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<DateOnly>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var shape = await markValidator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<DateOnly>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var date = input.Date!.Value;
        var row = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct);
        var kind = input.Mark == CalendarMark.Holiday ? CalendarDayKind.Holiday : CalendarDayKind.MakeupWorkday;
        audit.Record(actor, AuditAreas.Calendar, AuditActions.Mark, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            row is null ? null : CalendarDaySnapshot.Of(row),
            input.Mark == CalendarMark.Normal ? null : new CalendarDaySnapshot(date, kind, input.Name!));
        if (input.Mark == CalendarMark.Normal)
        {
            if (row is not null)
            {
                db.CalendarDays.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                db.CalendarDays.Add(new CalendarDay(date, kind, input.Name!));
            }
            else
            {
                row.Change(kind, input.Name!);
            }
        }

        if (!await TrySaveAsync(ct))
        {
            return ServiceResult<DateOnly>.Fail(string.Empty, ServiceError.Concurrency);
        }

        logger.LogInformation("Calendar date {Date} marked {Mark} ({Name}) by {UserId}", date, input.Mark, input.Name, actor.UserId);
        return ServiceResult<DateOnly>.Ok(date);
    }

    /// <summary>All or nothing: one bad line and no date is saved. Dates in the text replace their marks; other dates keep theirs.</summary>
    public async Task<CalendarImportOutcome> ImportAsync(string? text, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Has(Role.Admin))
        {
            return CalendarImportOutcome.Failed([new CalendarImportError(0, ServiceError.AdminOnly)]);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return CalendarImportOutcome.Failed([new CalendarImportError(0, CalendarImportOutcome.Empty)]);
        }

        if (text.Length > MaxImportLength)
        {
            return CalendarImportOutcome.Failed([new CalendarImportError(0, CalendarImportOutcome.TooLong)]);
        }

        var parsed = CalendarImport.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!parsed.Succeeded)
        {
            return CalendarImportOutcome.Failed(parsed.Errors);
        }

        if (parsed.Days.Count == 0)
        {
            return CalendarImportOutcome.Failed([new CalendarImportError(0, CalendarImportOutcome.Empty)]);
        }

        var dates = parsed.Days.Select(d => d.Date).ToList();
        var existing = await db.CalendarDays.Where(d => dates.Contains(d.Date)).ToDictionaryAsync(d => d.Date, ct);
        audit.Record(actor, AuditAreas.Calendar, AuditActions.Import, string.Join(", ", dates.Select(d => d.Year).Distinct().Order()),
            existing.Values.OrderBy(d => d.Date).Select(CalendarDaySnapshot.Of), parsed.Days.Select(CalendarDaySnapshot.Of));
        foreach (var day in parsed.Days)
        {
            if (existing.TryGetValue(day.Date, out var row))
            {
                row.Change(day.Kind, day.Name);
            }
            else
            {
                db.CalendarDays.Add(day);
            }
        }

        // One SaveChanges is one transaction: a concurrent edit loses nothing and saves nothing half-way.
        if (!await TrySaveAsync(ct))
        {
            return CalendarImportOutcome.Failed([new CalendarImportError(0, ServiceError.Concurrency)]);
        }

        var years = dates.Select(d => d.Year).Distinct().Order().ToList();
        logger.LogInformation("Calendar import of {Count} dates for {Years} by {UserId}", dates.Count, string.Join(", ", years), actor.UserId);
        return new CalendarImportOutcome(dates.Count, years, []);
    }

    /// <summary>The office hours as stored, e.g. "08:30-12:00,13:30-17:30".</summary>
    public async Task<string> GetOfficeHoursAsync(CancellationToken ct = default) =>
        await settings.ReadAsync(DeadlineService.OfficeHoursKey, ct) ?? DeadlineService.FormatOfficeHours(OfficeHours.Default);

    /// <summary>Replaces the office hours (whatever is stored: the form carries no version); clocks started from now on follow them.</summary>
    public async Task<ServiceResult<string>> UpdateOfficeHoursAsync(OfficeHoursInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<string>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var shape = await hoursValidator.ValidateAsync(input, ct);
        if (!shape.IsValid || !OfficeHoursText.TryParse(input.Text, out var hours, out _))
        {
            return ServiceResult<string>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var text = DeadlineService.FormatOfficeHours(hours!);
        if (await settings.SaveAsync(DeadlineService.OfficeHoursKey, text, seen: null, AuditActions.OfficeHours, actor, ct) is { } error)
        {
            return ServiceResult<string>.Fail(string.Empty, error);
        }

        cached.Invalidate();
        return ServiceResult<string>.Ok(text);
    }

    /// <summary>True from December on while next year has no calendar rows: supervisors and administrators are warned.</summary>
    public async Task<bool> NextYearMissingAsync(CancellationToken ct = default) =>
        NextYearDays() is { } days && NextYearMissing(await days.AnyAsync(ct));

    /// <summary>
    /// Next year's entered days when the warning can apply now (December), else null: the other eleven months need no
    /// query on every page. The layout asks whether any exist in its one badge query.
    /// </summary>
    public IQueryable<CalendarDay>? NextYearDays()
    {
        var local = clock.ToLocal(clock.UtcNow);
        if (local.Month != 12)
        {
            return null;
        }

        var first = new DateOnly(local.Year + 1, 1, 1);
        var next = first.AddYears(1);
        return db.CalendarDays.Where(d => d.Date >= first && d.Date < next);
    }

    /// <summary>Whether to warn now, given whether any of next year's days are entered.</summary>
    public bool NextYearMissing(bool nextYearEntered)
    {
        var now = clock.UtcNow;
        var nextYear = clock.ToLocal(now).Year + 1;
        var calendar = new WorkingCalendar([], [], OfficeHours.Default, clock.Zone, nextYearEntered ? new HashSet<int> { nextYear } : new HashSet<int>());
        return calendar.NeedsNextYearWarning(now);
    }

    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            cached.Invalidate();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row was removed by someone else in the meantime.
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone else marked the same date (or created the setting) in the meantime.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
