using Hotline.Services.Appeals;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.AppealWindow;

/// <summary>申诉期限: how many working days after a mark a unit may appeal it (ADR 0031). The form carries the stored value it
/// was read at, so a save over another administrator's newer one is refused with "reload".</summary>
public sealed class IndexModel(AppealWindowService windows, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AppealWindowInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Input = new AppealWindowInput { WorkingDays = (await windows.GetAsync(ct)).WorkingDays, Current = await windows.CurrentAsync(ct) };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await windows.SaveAsync(Input, user.Actor, ct);
            if (result.Succeeded)
            {
                StatusMessage = localizer["AppealWindow.Saved"];
                return RedirectToPage();
            }

            ModelState.AddErrors(result.Errors.KeepingTyped(), localizer);
            if (result.IsConflict())
            {
                ModelState.Remove("Input.Current");
                Input.Current = await windows.CurrentAsync(ct);
            }
        }

        return Page();
    }

    public IReadOnlyList<string> FormErrors =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
}
