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
/// still open to appeal (a reason, optionally a photo or PDF). Liaisons only, for tickets their unit was given.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequest)]
[RequestSizeLimit(MaxUploadRequest)]
public sealed class AppealModel(WorkbenchService workbench, AppealService appeals, CurrentUser user, HotlineClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const long MaxUploadRequest = Attachment.MaxBytes + (256 * 1024);

    [BindProperty]
    public AppealInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Evidence { get; set; }

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
        ServiceResult<string>? result;
        if (Evidence is { Length: > Attachment.MaxBytes })
        {
            // Not read into memory: refused by its declared length.
            result = ServiceResult<string>.Fail(nameof(Evidence), "Workbench.Validation.File.TooLarge");
        }
        else
        {
            UploadInput? file = null;
            // An empty file is still a file sent: the upload's rules refuse it rather than the appeal going without it.
            if (Evidence is not null)
            {
                using var buffer = new MemoryStream();
                await Evidence.CopyToAsync(buffer, ct);
                file = new UploadInput { FileName = Evidence.FileName, Content = buffer.ToArray(), Version = Input.Version };
            }

            result = await this.IfBoundAsync(() => appeals.RaiseAsync(number, Input, file, user.Viewer, ct));
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
        var ticket = await workbench.GetAsync(number, user.Viewer, ct);
        if (ticket is null)
        {
            return false;
        }

        (Number, Version) = (ticket.Ticket.Number, ticket.Version);
        Marks = await appeals.MarksAsync(number, user.Viewer, ct);
        return true;
    }
}
