using Hotline.Services.Categories;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Categories;

/// <summary>事项分类: the groups and their leaves in intake order, with move up/down, retire and restore.</summary>
public sealed class IndexModel(CategoryAdminService categories, CurrentUser me, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    public IReadOnlyList<CategoryRow> Rows { get; private set; } = [];

    public IReadOnlyList<CategoryRow> Groups { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostUpAsync(int id, CancellationToken ct) => ActAsync(categories.MoveAsync(id, up: true, me.Actor, ct), "Categories.Moved", ct);

    public Task<IActionResult> OnPostDownAsync(int id, CancellationToken ct) => ActAsync(categories.MoveAsync(id, up: false, me.Actor, ct), "Categories.Moved", ct);

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) => ActAsync(categories.RetireAsync(id, me.Actor, ct), "Categories.Retired", ct);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) => ActAsync(categories.RestoreAsync(id, me.Actor, ct), "Categories.Restored", ct);

    private async Task<IActionResult> ActAsync(Task<ServiceResult<int>> act, string done, CancellationToken ct)
    {
        var result = await act;
        if (result.Succeeded)
        {
            StatusMessage = localizer[done];
            return RedirectToPage(new { Group, Text });
        }

        ModelState.AddErrors(result.Errors, localizer);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await categories.ListAsync(Group, Text, ct);
        Groups = (await categories.ListAsync(null, null, ct)).Where(r => r.ParentId is null).ToList();
    }
}
