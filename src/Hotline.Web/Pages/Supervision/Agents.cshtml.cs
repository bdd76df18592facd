using Hotline.Domain.Common;
using Hotline.Services.Common;
using Hotline.Services.Telephony;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Supervision;

/// <summary>
/// 坐席统计 (supervisors only): each agent's day on the telephone — calls answered, average handle time, and the time
/// spent ready, on calls, in after-call work and not ready — from the platform's events.
/// </summary>
public sealed class AgentsModel(TelephoneFigures phone, HotlineClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    public DateOnly Shown { get; private set; }

    public IReadOnlyList<AgentDayRow> Agents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A day that did not bind or lies outside the plausible window shows today (the form says which day it shows).
        Shown = ModelState.IsValid && Day is { } day && Limits.IsPlausible(day, clock.LocalToday) ? day : clock.LocalToday;
        Day = Shown;
        Agents = await phone.AgentsAsync(Shown, ct);
    }
}
