using Hotline.Domain.Performance;
using Hotline.Services.Dashboards;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Kpi;

/// <summary>考核权重: the efficiency index's five weights. The form carries the stored value it was read at, so a save
/// over another administrator's newer one is refused with "reload".</summary>
public sealed class IndexModel(KpiWeightsService weights, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public KpiWeightsInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public static IReadOnlyList<KpiComponent> Components { get; } = Enum.GetValues<KpiComponent>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await weights.GetAsync(ct);
        Input = new KpiWeightsInput
        {
            SignFor = current.SignFor,
            FirstResponse = current.FirstResponse,
            OnTimeCompletion = current.OnTimeCompletion,
            Satisfaction = current.Satisfaction,
            Solved = current.Solved,
            SignForMinimum = current.Minimums.SignFor,
            FirstResponseMinimum = current.Minimums.FirstResponse,
            OnTimeCompletionMinimum = current.Minimums.OnTimeCompletion,
            SatisfactionMinimum = current.Minimums.Satisfaction,
            SolvedMinimum = current.Minimums.Solved,
            Current = await weights.CurrentAsync(ct),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await weights.SaveAsync(Input, user.Actor, ct);
            if (result.Succeeded)
            {
                StatusMessage = localizer["Kpi.Saved"];
                return RedirectToPage();
            }

            ModelState.AddErrors(result.Errors.KeepingTyped(), localizer);
            if (result.IsConflict())
            {
                // The weights typed stay in the form; it now carries the stored text the other person saved.
                ModelState.Remove("Input.Current");
                Input.Current = await weights.CurrentAsync(ct);
            }
        }

        return Page();
    }

    /// <summary>The messages of the whole form (sum, concurrency), as opposed to one field's.</summary>
    public IReadOnlyList<string> FormErrors =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
}
