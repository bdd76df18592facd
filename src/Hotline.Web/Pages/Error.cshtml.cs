using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int? Code { get; private set; }

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        // A body the framework could not read (a NUL in a form) leaves nothing bound, not even the code: the status says it.
        Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : null);
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
