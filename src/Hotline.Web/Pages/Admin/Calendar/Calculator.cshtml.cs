using Hotline.Services.Admin;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Calendar;

/// <summary>
/// GET /Admin/Calendar/Calculator?start=2026-02-13T16:00&amp;amount=3&amp;unit=WorkingDays: the due time the engine
/// computes on the current calendar. Bad input answers 400 with the form and a message per field.
/// </summary>
public sealed class CalculatorModel(DeadlineCalculatorService calculator, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CalculatorInput Query { get; private set; } = new(null, null, null);

    public CalculatorAnswer? Answer { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? start, string? amount, string? unit, CancellationToken ct)
    {
        Query = new CalculatorInput(start, amount, unit);

        // Nothing asked yet (the link from the menu): just the form.
        if (Query.IsEmpty)
        {
            return Page();
        }

        var result = await calculator.CalculateAsync(Query, ct);
        if (result.Succeeded)
        {
            Answer = result.Value;
            return Page();
        }

        ModelState.AddErrors(result.Errors, localizer, prefix: string.Empty);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
