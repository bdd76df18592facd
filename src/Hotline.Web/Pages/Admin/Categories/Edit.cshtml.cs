using Hotline.Services.Categories;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Categories;

/// <summary>One category: its names, and for a leaf its default unit, local flag and keywords.</summary>
public sealed class EditModel(CategoryAdminService categories, ReferenceDataService reference, CurrentUser me, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CategoryInput Input { get; set; } = new();

    public CategoryRow? Parent { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? parentId, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var input = await categories.GetAsync(existing, ct);
            if (input is null)
            {
                return NotFound();
            }

            Input = input;
        }
        else
        {
            Input.ParentId = parentId;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await this.IfBoundAsync(() => categories.SaveAsync(Input, me.Actor, ct));
        if (saved is { Succeeded: true })
        {
            StatusMessage = localizer["Admin.Saved"];
            return RedirectToPage(new { id = saved.Value });
        }

        ModelState.AddErrors(saved?.Errors ?? [], localizer);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await reference.UnitsAsync(ct);
        Parent = Input.ParentId is { } parent ? (await categories.ListAsync(parent, null, ct)).FirstOrDefault(r => r.Id == parent) : null;
    }
}
