using Hotline.Services.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages;

/// <summary>
/// Home, where signing in leads unless a return address was asked for: each role lands on the screen it works from.
/// Supervisors work from the dashboard (PRODUCT.md), so any user holding that role lands there whatever else they hold;
/// administrators alone keep the ticket search.
/// </summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(Roles.Supervisor) ? RedirectToPage("/Dashboards/Index")
        : User.IsInRole(Roles.Agent) ? RedirectToPage("/Intake/Index")
        : User.IsInRole(Roles.Dispatcher) ? RedirectToPage("/Dispatch/Index")
        : User.IsInRole(Roles.Liaison) ? RedirectToPage("/Workbench/Index")
        : RedirectToPage("/Tickets/Index");
}
