using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Delegation;
using Hotline.Services.Objections;
using Hotline.Services.Reference;
using Hotline.Services.Workbench;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Workbench;

/// <summary>
/// One of the unit's tickets and the acts possible on it now, one form (named handler) each. Another unit's ticket
/// answers 404 exactly like a number that does not exist.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequest)]
[RequestSizeLimit(MaxUploadRequest)]
public sealed class DetailsModel(WorkbenchService workbench, ObjectionService objections, DelegationService delegation, ReferenceDataService reference,
    CurrentUser user, TimeDisplay time, HotlineClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The largest attachment plus room for the form's other fields.</summary>
    private const long MaxUploadRequest = Attachment.MaxBytes + Uploads.FormRoom;

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty]
    public NoteInput Note { get; set; } = new();

    [BindProperty]
    public AssistDoneInput AssistDone { get; set; } = new();

    [BindProperty]
    public ExtensionInput Extension { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    [BindProperty]
    public ResolveInput Resolve { get; set; } = new();

    [BindProperty]
    public RevealInput Reveal { get; set; } = new();

    [BindProperty]
    public ObjectionInput Objection { get; set; } = new();

    [BindProperty]
    public DelegationInput Delegation { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The units an objection may name as the right one (every active unit but this one), when it may object.</summary>
    public IReadOnlyList<UnitOption> OtherUnits { get; private set; } = [];

    public WorkbenchTicket Ticket { get; private set; } = null!;

    /// <summary>The unit's own deadlines as the page shows them (the _Clock partial's models); null without an assignment.</summary>
    public AssignmentClocks? MineClocks { get; private set; }

    /// <summary>The version every form carries: the one the page was read at, or the one a refused form was sent with.</summary>
    public uint FormVersion { get; private set; }

    /// <summary>The form that was sent and refused: it stays open with its messages.</summary>
    public string? OpenForm { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        Contact = new ContactInput { ContactedAt = time.LocalNowForInput(), Method = ContactMethod.Phone };
        if (Ticket.Mine is { } mine)
        {
            // A suggestion the liaison changes: two days after the current resolution deadline.
            Extension = new ExtensionInput { ProposedDueAt = clock.ToLocal(mine.ResolveDueAt).DateTime.AddDays(2) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSignForAsync(string number, uint version, CancellationToken ct) =>
        await AfterAsync(number, version, "SignFor", await this.IfBoundAsync(() => workbench.SignForAsync(number, new SignForInput { Version = version }, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostContactAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Contact.Version, nameof(Contact), await this.IfBoundAsync(() => workbench.RecordContactAsync(number, Contact, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostNoteAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Note.Version, nameof(Note), await this.IfBoundAsync(() => workbench.AddNoteAsync(number, Note, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostAssistDoneAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, AssistDone.Version, nameof(AssistDone), await this.IfBoundAsync(() => workbench.MarkAssistDoneAsync(number, AssistDone, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostExtensionAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Extension.Version, nameof(Extension), await this.IfBoundAsync(() => workbench.RequestExtensionAsync(number, Extension, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostReturnAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Return.Version, nameof(Return), await this.IfBoundAsync(() => workbench.RequestReturnAsync(number, Return, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostObjectAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Objection.Version, nameof(Objection), await this.IfBoundAsync(() => objections.RaiseAsync(number, Objection, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostDelegateAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Delegation.Version, nameof(Delegation), await this.IfBoundAsync(() => delegation.DelegateAsync(number, Delegation, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostResolveAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Resolve.Version, nameof(Resolve), await this.IfBoundAsync(() => workbench.ResolveAsync(number, Resolve, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostRevealAsync(string number, CancellationToken ct) =>
        await AfterAsync(number, Reveal.Version, nameof(Reveal), await this.IfBoundAsync(() => workbench.RevealCallerAsync(number, Reveal, user.Viewer, ct)), ct);

    public async Task<IActionResult> OnPostUploadAsync(string number, uint version, CancellationToken ct)
    {
        if (Uploads.TooLarge([Upload], nameof(UploadInput.Content)) is { } tooLarge)
        {
            return await AfterAsync(number, version, nameof(Upload), tooLarge, ct);
        }

        var input = await Uploads.ReadAsync(Upload, version, ct);
        return await AfterAsync(number, version, nameof(Upload), await this.IfBoundAsync(() => workbench.UploadAttachmentAsync(number, input, user.Viewer, ct)), ct);
    }

    private async Task<IActionResult> AfterAsync(string number, uint version, string form, ServiceResult<string>? result, CancellationToken ct)
    {
        if (result is not null && result.Errors.Any(e => e.Code == WorkbenchService.NotFound))
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            Done = localizer["Workbench.Done"];
            return Redirect($"/Workbench/{Uri.EscapeDataString(number)}");
        }

        // Field errors sit next to their field ("Contact.Summary"); a conflict or a broken rule heads the page.
        foreach (var error in result?.Errors ?? [])
        {
            var key = string.IsNullOrEmpty(error.Field) ? string.Empty : form == nameof(Upload) ? nameof(Upload) : $"{form}.{error.Field}";
            ModelState.AddModelError(key, localizer[error.Code == ServiceError.Concurrency ? "Workbench.Concurrency.Kept" : WorkbenchErrors.Key(error.Code)]);
        }

        OpenForm = form;
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        // A conflict: the page now shows what changed and keeps what was typed, so sending it again goes against the
        // version shown. Any other refusal keeps the version the form was sent with.
        if (result?.Errors.Any(e => e.Code == ServiceError.Concurrency) != true)
        {
            FormVersion = version;
        }

        return Page();
    }

    /// <summary>A sub-unit's clocks as the parent follows them.</summary>
    public AssignmentClocks DelegationClocks(DelegationView delegated) => time.Clocks(delegated);

    /// <summary>
    /// What was typed into the refused form when that form is no longer offered (someone else moved the ticket on):
    /// shown to copy instead of being thrown away.
    /// </summary>
    public IReadOnlyList<UnsavedText> Unsaved()
    {
        var w = Ticket;
        string Label(string key) => localizer[key].Value;
        return OpenForm switch
        {
            nameof(Contact) when !w.CanRecordContact => UnsavedText.Typed(new UnsavedText(Label("Workbench.Contact.Summary"), Contact.Summary)),
            nameof(Note) when !w.CanAddNote => UnsavedText.Typed(new UnsavedText(Label("Workbench.Note.Text"), Note.Text)),
            nameof(AssistDone) when !w.CanMarkAssistDone => UnsavedText.Typed(new UnsavedText(Label("Field.Note"), AssistDone.Note)),
            nameof(Extension) when !w.CanRequestExtension => UnsavedText.Typed(new UnsavedText(Label("Workbench.Extension.Reason"), Extension.Reason)),
            nameof(Return) when !w.CanRequestReturn => UnsavedText.Typed(new UnsavedText(Label("Workbench.Return.Reason"), Return.Reason)),
            nameof(Objection) when !w.CanObject => UnsavedText.Typed(new UnsavedText(Label("Objection.Reason"), Objection.Reason)),
            nameof(Delegation) when !w.CanDelegate => UnsavedText.Typed(new UnsavedText(Label("Delegation.Instruction"), Delegation.Instruction)),
            nameof(Resolve) when !w.CanResolve => UnsavedText.Typed(new UnsavedText(Label("Workbench.Resolve.Result"), Resolve.Result),
                new UnsavedText(Label("Workbench.Resolve.CannotSolveReason"), Resolve.CannotSolveReason)),
            _ => [],
        };
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var ticket = await workbench.GetAsync(number, user.Viewer, ct);
        if (ticket is null)
        {
            return false;
        }

        Ticket = ticket;
        if (ticket.CanObject)
        {
            var own = user.Viewer.UnitId;
            OtherUnits = [.. (await reference.UnitsAsync(ct)).Where(u => u.Id != own)];
        }

        MineClocks = ticket.Mine is { } mine ? time.Clocks(mine) : null;
        FormVersion = ticket.Version;
        return true;
    }
}
