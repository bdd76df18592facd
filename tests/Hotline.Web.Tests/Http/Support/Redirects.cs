using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Hotline.Web.Tests.Http.Support;

/// <summary>Reads where a response redirects to, whether the app wrote an absolute or a relative location.</summary>
internal static class Redirects
{
    private static readonly Uri Base = new("http://app.invalid/");

    public static Uri RedirectTarget(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}");
        var location = response.Headers.Location.ShouldNotBeNull();
        return location.IsAbsoluteUri ? location : new Uri(Base, location);
    }

    public static string RedirectPath(this HttpResponseMessage response) => response.RedirectTarget().AbsolutePath;

    public static string? RedirectQuery(this HttpResponseMessage response, string key) =>
        QueryHelpers.ParseQuery(response.RedirectTarget().Query).TryGetValue(key, out var value) ? value.ToString() : null;
}
