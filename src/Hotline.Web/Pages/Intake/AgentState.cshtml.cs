using Hotline.Domain.Telephony;
using Hotline.Services.Telephony;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Intake;

/// <summary>
/// The agent's own state (docs/decisions/0030-agent-toolbar.md): ready, not ready with a reason, after-call work. The
/// intake screen carries the same toolbar and posts here without leaving the page (agent-toolbar.js answers with the
/// toolbar alone); without script the post comes back to the intake screen, or to this page with the refusal.
/// </summary>
public sealed class AgentStateModel(CallEventService telephony, CurrentUser user) : PageModel
{
    [BindProperty]
    public AgentStateKind? State { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid SubmissionId { get; set; }

    public AgentToolbarView Toolbar { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Toolbar = AgentToolbarView.Of(await telephony.OwnStateAsync(user.Actor.UserId, ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A value that did not bind (an unknown state, a malformed id) is refused like a state the toolbar does not offer.
        var result = ModelState.IsValid
            ? await telephony.SetOwnStateAsync(user.Actor.UserId, State, Reason, SubmissionId, ct)
            : null;
        var fetched = Request.Headers.XRequestedWith == "fetch";
        if (result is { Succeeded: true })
        {
            return fetched ? Partial("_AgentToolbar", AgentToolbarView.Of(result.Value!)) : Redirect("/Intake");
        }

        var error = result?.Errors[0].Code ?? (ModelState.ContainsKey(nameof(State)) && ModelState[nameof(State)]!.Errors.Count > 0
            ? AgentToolbar.BadState
            : AgentToolbar.BadSubmission);
        Toolbar = AgentToolbarView.Of(await telephony.OwnStateAsync(user.Actor.UserId, ct), error);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return fetched ? Partial("_AgentToolbar", Toolbar) : Page();
    }
}
