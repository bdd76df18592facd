using Hotline.Domain.Tickets;
using Hotline.Services.Appeals;
using Hotline.Services.Common;
using Hotline.Services.Workbench;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Workbench;

/// <summary>
/// 申诉 from the workbench (docs/decisions/0031-appeals-and-ranking-versions.md): the unit's marks on one ticket (missed
/// deadlines, dissatisfied callbacks), when each window closes, the appeals made and their decisions, and a form per mark
/// still open to appeal (a reason, optionally up to five photos or PDFs). Liaisons only, for tickets their unit was given.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequest)]
[RequestSizeLimit(MaxUploadRequest)]
public sealed class AppealModel(AppealService appeals, CurrentUser user, HotlineClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Every file at its limit plus room for the form's other fields (a constant: attributes need one).</summary>
    private const long MaxUploadRequest = (Appeal.MaxEvidence * Attachment.MaxBytes) + Uploads.FormRoom;

    [BindProperty]
    public AppealInput Input { get; set; } = new();

    /// <summary>The files sent with the appeal: none to <see cref="Appeal.MaxEvidence"/>.</summary>
    [BindProperty]
    public List<IFormFile> Evidence { get; set; } = [];

    public string Number { get; private set; } = string.Empty;

    public uint Version { get; private set; }

    public IReadOnlyList<AppealMarkView> Marks { get; private set; } = [];

    public DateTimeOffset Now => clock.UtcNow;

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken ct)
    {
        var result = Evidence.Count > Appeal.MaxEvidence ? ServiceResult<string>.Fail(nameof(Evidence), "Appeal.Error.TooManyFiles")
            : Uploads.TooLarge(Evidence, nameof(Evidence));
        if (result is null)
        {
            var files = new List<UploadInput>(Evidence.Count);
            foreach (var file in Evidence)
            {
                files.Add(await Uploads.ReadAsync(file, Input.Version, ct));
            }

            result = await this.IfBoundAsync(() => appeals.RaiseAsync(number, Input, files, user.Viewer, ct));
        }

        if (result is not null && result.Errors.Any(e => e.Code == TicketActs.NotFound))
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            Done = localizer["Appeal.Done"];
            return Redirect($"/Workbench/Appeal/{Uri.EscapeDataString(number)}");
        }

        foreach (var error in result?.Errors ?? [])
        {
            var key = error.Field is nameof(UploadInput.Content) or nameof(UploadInput.FileName) or nameof(Evidence) ? nameof(Evidence)
                : string.IsNullOrEmpty(error.Field) ? string.Empty : $"Input.{error.Field}";
            ModelState.AddModelError(key, localizer[error.Code == ServiceError.Concurrency ? "Workbench.Concurrency.Kept" : WorkbenchErrors.Key(error.Code)]);
        }

        return await LoadAsync(number, ct) ? Page() : NotFound();
    }

    /// <summary>Whether the refused form was this mark's (it stays open with what was typed).</summary>
    public bool IsSent(AppealMarkView mark) => Request.Method == "POST" && Input.Mark == mark.Mark && Input.FactId == mark.FactId;

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        if (await appeals.MarksAsync(number, user.Viewer, ct) is not { } marks)
        {
            return false;
        }

        (Number, Version, Marks) = (marks.Number, marks.Version, marks.Marks);
        return true;
    }
}
