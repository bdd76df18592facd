using Hotline.Services.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// A page of requests waiting for a decision, one form per row (units' returns, dispatch objections): the page number,
/// a decision that succeeded redirects, a refused one redisplays the list with the messages on its row and the typed
/// note kept — or, when the row is gone because someone else decided first, shown to copy.
/// </summary>
public abstract class DecisionQueueModel<TInput, TItem>(IStringLocalizer<SharedResource> localizer, int pageSize) : PageModel
    where TInput : class, IDecisionForm, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TItem> Pending { get; protected set; } = new([], 1, pageSize, 0);

    /// <summary>The row whose decision was refused: its note is shown again with the message.</summary>
    public string? FailedNumber { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>
    /// The note typed into a refused decision whose row is gone (someone else decided it): shown to copy. A row still
    /// listed shows the note again itself, with the version just read.
    /// </summary>
    public IReadOnlyList<UnsavedText> Unsaved() => FailedNumber is null || Pending.Items.Any(i => NumberOf(i) == FailedNumber)
        ? []
        : UnsavedText.Typed(new UnsavedText(localizer["Field.DecisionNote"].Value, Input.Note));

    /// <summary>Runs the decision if the form bound; on success <paramref name="done"/> says where to go, else the list again.</summary>
    protected async Task<IActionResult> DecideAsync(Func<Task<ServiceResult<string>>> decide, Func<string, IActionResult> done, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(decide);
        if (result is { Succeeded: true })
        {
            return done(result.Value!);
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped("Workbench.Concurrency.Kept"), localizer);
        FailedNumber = Input.Number;
        ForgetConfirmation();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The ticket number of a listed row.</summary>
    protected abstract string NumberOf(TItem item);

    /// <summary>Reads the page of waiting requests (and whatever the rows show beside them).</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    /// <summary>A refused decision clears the previous one's confirmation.</summary>
    protected abstract void ForgetConfirmation();
}
