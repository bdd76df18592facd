using System.Globalization;
using Hotline.Domain.Deadlines;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Calendar;

/// <summary>
/// The working calendar: a year of month grids, and beside it the forms to mark a date, set the office hours,
/// import a schedule and try the deadline calculator. Each form posts to its own named handler.
/// </summary>
public sealed class IndexModel(
    CalendarAdminService calendar,
    CurrentUser user,
    HotlineClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>A date clicked in the grid, pre-filled in the mark form.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public CalendarMarkInput Mark { get; set; } = new();

    [BindProperty]
    public OfficeHoursInput Hours { get; set; } = new();

    [BindProperty]
    public string? ImportText { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public CalendarYear YearView { get; private set; } = new(0, [], 0);

    public DateOnly Today => clock.LocalToday;

    public IReadOnlyList<CalendarImportError> ImportErrors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Date is { } date && YearView.Dates.FirstOrDefault(d => d.Date == date) is { } picked)
        {
            Mark = new CalendarMarkInput
            {
                Date = date,
                Mark = picked.Kind switch
                {
                    CalendarDayKind.Holiday => CalendarMark.Holiday,
                    CalendarDayKind.MakeupWorkday => CalendarMark.MakeupWorkday,
                    _ => CalendarDay.IsWeekend(date) ? CalendarMark.MakeupWorkday : CalendarMark.Holiday,
                },
                Name = picked.Name,
            };
        }
    }

    public async Task<IActionResult> OnPostMarkAsync(CancellationToken ct)
    {
        if (ModelState.IsValidFor(nameof(Mark)))
        {
            var result = await calendar.MarkAsync(Mark, user.Actor, ct);
            if (result.Succeeded)
            {
                StatusMessage = localizer["Calendar.Mark.Saved", Iso(result.Value)];
                return RedirectToPage(new { year = result.Value.Year, date = Iso(result.Value) });
            }

            ModelState.AddErrors(result.Errors, localizer, nameof(Mark));
        }

        Year = Mark.Date?.Year ?? Year;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOfficeHoursAsync(CancellationToken ct)
    {
        if (ModelState.IsValidFor(nameof(Hours)))
        {
            var result = await calendar.UpdateOfficeHoursAsync(Hours, user.Actor, ct);
            if (result.Succeeded)
            {
                StatusMessage = localizer["Calendar.OfficeHours.Saved", result.Value!];
                return RedirectToPage(new { year = Year });
            }

            ModelState.AddErrors(result.Errors, localizer, nameof(Hours));
        }

        await LoadAsync(ct, keepHours: true);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (ModelState.IsValidFor(nameof(ImportText)))
        {
            var outcome = await calendar.ImportAsync(ImportText, user.Actor, ct);
            if (outcome.Succeeded)
            {
                StatusMessage = localizer["Calendar.Import.Saved", outcome.SavedCount, string.Join(localizer["Common.ListSeparator"].Value, outcome.Years)];
                return RedirectToPage(new { year = outcome.Years[0] });
            }

            ImportErrors = outcome.Errors;
        }

        await LoadAsync(ct);
        return Page();
    }

    public string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken ct, bool keepHours = false)
    {
        // An unreadable or out-of-range year in the address shows this year rather than an error.
        ModelState.Remove(nameof(Year));
        ModelState.Remove(nameof(Date));
        var year = Year is >= CalendarYear.MinYear and <= CalendarYear.MaxYear ? Year.Value : Today.Year;
        Year = year;
        YearView = await calendar.GetYearAsync(year, ct);
        if (!keepHours)
        {
            Hours = new OfficeHoursInput { Text = await calendar.GetOfficeHoursAsync(ct) };
        }
    }
}
