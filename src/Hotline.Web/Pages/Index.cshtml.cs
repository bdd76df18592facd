using Hotline.Services.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages;

/// <summary>Home: each role lands on the screen it works from.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(Roles.Agent) ? RedirectToPage("/Intake/Index")
        : User.IsInRole(Roles.Dispatcher) ? RedirectToPage("/Dispatch/Index")
        : User.IsInRole(Roles.Liaison) ? RedirectToPage("/Workbench/Index")
        : RedirectToPage("/Tickets/Index");
}
