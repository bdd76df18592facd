using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Services.Incidents;
using Hotline.Services.Intake;
using Hotline.Services.Knowledge;
using Hotline.Services.Reference;
using Hotline.Services.Telephony;
using Hotline.Web.Infrastructure;
using Hotline.Web.RealTime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Intake;

/// <summary>
/// The agent's home: log a call and, in the same form, register a ticket, answer it directly from the
/// knowledge base, urge an open ticket, or mark the call invalid. Each button is a named handler.
/// </summary>
public sealed class IndexModel(
    IntakeService intake,
    ReferenceDataService reference,
    KnowledgeService knowledge,
    CurrentUser user,
    TimeDisplay time,
    LiveEvents live,
    CallEventService telephony,
    IncidentService incidents,
    IncidentPush incidentPush,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    public IReadOnlyList<UnitOption> Areas { get; private set; } = [];

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<CallerTicket> History { get; private set; } = [];

    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    /// <summary>Running incidents (突发事件) this call matches as far as the form says: offered first.</summary>
    public IReadOnlyList<IncidentSummary> Offers { get; private set; } = [];

    /// <summary>The platform's id of the popped call (<see cref="IntakeInput.PhoneCallId"/>), shown on redisplay.</summary>
    public string? PlatformCallId { get; private set; }

    /// <summary>The agent's own state, drawn after the intake form (docs/decisions/0030).</summary>
    public AgentToolbarView Toolbar { get; private set; } = null!;

    /// <summary>The ticket just registered (or urged), shown in the confirmation banner after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The cookie naming the last call this browser saved; see <see cref="SavedSubmission"/>.</summary>
    public const string SavedSubmissionCookie = "hotline.intake.saved";

    /// <summary>The submission id of the last call saved from this browser: a draft typed in that form is done with.</summary>
    public string? SavedSubmission => Request.Cookies[SavedSubmissionCookie];

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    public async Task OnGetAsync(string? phone, CancellationToken ct)
    {
        Input = new IntakeInput
        {
            SubmissionId = SubmissionIds.New(),
            CallerPhone = phone,
            StartedAt = time.LocalNowForInput(),
        };
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) => ExecuteAsync(IntakeAction.Register, ct);

    public Task<IActionResult> OnPostDispatchAsync(CancellationToken ct) => ExecuteAsync(IntakeAction.RegisterAndDispatch, ct);

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken ct) => ExecuteAsync(IntakeAction.AnswerDirectly, ct);

    public Task<IActionResult> OnPostUrgeAsync(CancellationToken ct) => ExecuteAsync(IntakeAction.Urge, ct);

    public Task<IActionResult> OnPostInvalidAsync(CancellationToken ct) => ExecuteAsync(IntakeAction.LogInvalid, ct);

    public Task<IActionResult> OnPostAttachAsync(CancellationToken ct) => ExecuteAsync(IntakeAction.AttachToIncident, ct);

    /// <summary>The incident offer, fetched again as the agent picks the category and the area.</summary>
    public async Task<IActionResult> OnGetIncidentsAsync(int? categoryId, int? areaUnitId, CancellationToken ct)
    {
        Offers = ModelState.IsValid ? await incidents.OfferAsync(categoryId, areaUnitId, ct) : [];
        return Partial("_Incidents", this);
    }

    /// <summary>The history panel, fetched as the agent types the number.</summary>
    public async Task<IActionResult> OnGetHistoryAsync(string? phone, CancellationToken ct)
    {
        // The partial tells "no number yet" from "no tickets for this number" by the typed number.
        Input.CallerPhone = phone;
        History = await intake.GetHistoryAsync(phone, ct);
        return Partial("_CallerHistory", this);
    }

    /// <summary>Knowledge-base results for the search box.</summary>
    public async Task<IActionResult> OnGetArticlesAsync(string? q, CancellationToken ct)
    {
        Articles = await knowledge.SearchAsync(q, ct);
        return Partial("_Articles", this);
    }

    private async Task<IActionResult> ExecuteAsync(IntakeAction action, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await intake.ExecuteAsync(Input, action, user.Actor, ct);
            if (result.Succeeded)
            {
                // A retried submission (WasRepeat) was announced the first time.
                if (action == IntakeAction.Register && result.Value!.Outcome == CallOutcome.NewTicket && !result.Value.WasRepeat)
                {
                    live.TicketWaitingForDispatch(result.Value.TicketNumber!);
                }

                if (result.Value!.Outcome == CallOutcome.IncidentAttached && !result.Value.WasRepeat)
                {
                    incidentPush.Changed();
                }

                // The next intake screen drops a draft left in this browser from the form just saved (intake-draft.js):
                // its removal by the saved page can reach another page's copy of the browser storage after that page reads it.
                Response.Cookies.Append(SavedSubmissionCookie, Input.SubmissionId.ToString(), new CookieOptions
                {
                    Path = "/Intake",
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Secure = Request.IsHttps,
                    IsEssential = true,
                });
                var outcome = action == IntakeAction.RegisterAndDispatch ? "Dispatched" : result.Value!.Outcome.ToString();
                return RedirectToPage(new { done = result.Value!.TicketNumber ?? string.Empty, outcome });
            }

            ModelState.AddErrors(result.Errors, localizer);
        }

        Done = null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Categories = await reference.LeafCategoriesAsync(ct);
        Areas = await reference.AreasAsync(ct);
        Units = await reference.UnitsAsync(ct);
        History = await intake.GetHistoryAsync(Input.CallerPhone, ct);
        PlatformCallId = await intake.PlatformCallIdAsync(Input.PhoneCallId, ct);
        Offers = await incidents.OfferAsync(Input.CategoryId, Input.AreaUnitId, ct);
        Toolbar = AgentToolbarView.Of(await telephony.OwnStateAsync(user.Actor.UserId, ct));
        // On redisplay the chosen article stays chosen.
        Articles = Input.ArticleId is { } article && await knowledge.FindAsync(article, ct) is { } chosen ? [chosen] : [];
    }
}
