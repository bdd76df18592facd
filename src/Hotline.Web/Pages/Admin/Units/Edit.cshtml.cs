using Hotline.Services.Common;
using Hotline.Services.Units;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Units;

/// <summary>One unit: create, rename, move under another parent, change its phone, deactivate or reactivate.</summary>
public sealed class EditModel(UnitAdminService units, CurrentUser me, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public UnitRow? Unit { get; private set; }

    public bool CodeFixed { get; private set; }

    public IReadOnlyList<UnitRow> Parents { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? parentId, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var input = await units.GetAsync(existing, ct);
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
        var saved = await this.IfBoundAsync(() => units.SaveAsync(Input, me.Actor, ct));
        return await AfterAsync(saved, "Admin.Saved", ct);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken ct) =>
        await AfterAsync(await this.IfBoundAsync(() => units.DeactivateAsync(id, me.Actor, ct)), "UnitAdmin.Deactivated", ct, id);

    public async Task<IActionResult> OnPostReactivateAsync(int id, CancellationToken ct) =>
        await AfterAsync(await this.IfBoundAsync(() => units.ReactivateAsync(id, me.Actor, ct)), "UnitAdmin.Reactivated", ct, id);

    private async Task<IActionResult> AfterAsync(ServiceResult<int>? result, string done, CancellationToken ct, int? id = null)
    {
        if (result is { Succeeded: true })
        {
            StatusMessage = localizer[done];
            return RedirectToPage(new { id = result.Value });
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer);
        if (id is { } existing && await units.GetAsync(existing, ct) is { } stored)
        {
            Input = stored;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tree = await units.TreeAsync(ct);
        Unit = tree.FirstOrDefault(u => u.Id == Input.Id);
        Parents = tree.Where(u => u.Id != Input.Id && u.Depth == 0).ToList();
        CodeFixed = Input.Id is { } id && await units.InUseAsync(id, ct);
    }
}
