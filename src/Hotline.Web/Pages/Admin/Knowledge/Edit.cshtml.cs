using Hotline.Domain.Knowledge;
using Hotline.Services.Common;
using Hotline.Services.Knowledge;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Knowledge;

/// <summary>One article: its text, categories, keywords and validity; saving keeps a new version. Its versions are listed.</summary>
public sealed class EditModel(KnowledgeAdminService knowledge, ReferenceDataService reference, CurrentUser me, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    public ArticleStatus? Status { get; private set; }

    public IReadOnlyList<ArticleVersionView> Versions { get; private set; } = [];

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            if (await knowledge.GetAsync(existing, ct) is not { } found)
            {
                return NotFound();
            }

            (Input, Status) = found;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterAsync(await this.IfBoundAsync(() => knowledge.SaveAsync(Input, me.Actor, ct)), "Admin.Saved", ct);

    public async Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) =>
        await AfterAsync(await this.IfBoundAsync(() => knowledge.RetireAsync(id, me.Actor, ct)), "Knowledge.Retired", ct, id);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) =>
        await AfterAsync(await this.IfBoundAsync(() => knowledge.RestoreAsync(id, me.Actor, ct)), "Knowledge.Restored", ct, id);

    private async Task<IActionResult> AfterAsync(ServiceResult<int>? result, string done, CancellationToken ct, int? id = null)
    {
        if (result is { Succeeded: true })
        {
            StatusMessage = localizer[done];
            return RedirectToPage(new { id = result.Value });
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped(), localizer);
        if ((id ?? Input.Id) is { } existing && await knowledge.GetAsync(existing, ct) is { } found)
        {
            Status = found.Status;
            if (id is not null)
            {
                Input = found.Form;
            }
            else if (result.IsConflict())
            {
                // What was typed stays in the form; it now carries the version just saved by the other person.
                ModelState.Remove("Input.Version");
                Input.Version = found.Form.Version;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Categories = await reference.LeafCategoriesAsync(ct);
        Versions = Input.Id is { } id ? await knowledge.VersionsAsync(id, ct) : [];
    }
}
