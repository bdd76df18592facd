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

    public Task<IActionResult> OnPostUpAsync(int id, CancellationToken ct) => ActAsync(() => categories.MoveAsync(id, up: true, me.Actor, ct), "Categories.Moved", ct);

    public Task<IActionResult> OnPostDownAsync(int id, CancellationToken ct) => ActAsync(() => categories.MoveAsync(id, up: false, me.Actor, ct), "Categories.Moved", ct);

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) => ActAsync(() => categories.RetireAsync(id, me.Actor, ct), "Categories.Retired", ct);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) => ActAsync(() => categories.RestoreAsync(id, me.Actor, ct), "Categories.Restored", ct);

    private async Task<IActionResult> ActAsync(Func<Task<ServiceResult<int>>> act, string done, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(act);
        if (result is { Succeeded: true })
        {
            StatusMessage = localizer[done];
            return RedirectToPage(new { Group, Text });
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Without a group or a text, the page lists the groups only (a city has a few hundred leaves).</summary>
    public bool GroupsOnly => Group is null && string.IsNullOrWhiteSpace(Text);

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await categories.ListAsync(null, null, ct);
        Groups = all.Where(r => r.ParentId is null).ToList();
        LeafCounts = all.Where(r => r.ParentId is not null).GroupBy(r => r.ParentId!.Value).ToDictionary(g => g.Key, g => g.Count());
        Rows = GroupsOnly ? Groups : await categories.ListAsync(Group, Text, ct);
    }

    public IReadOnlyDictionary<int, int> LeafCounts { get; private set; } = new Dictionary<int, int>();
}
