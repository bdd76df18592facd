using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;

namespace Hotline.Web.Tests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: keeps cookies, does not follow redirects
/// (tests assert them), reads pages with AngleSharp and posts forms with their antiforgery token.
/// </summary>
public sealed class HtmlClient(HotlineWebFactory factory) : IDisposable
{
    public const string Password = "Hotline!2026";

    // A plain client against the real Kestrel port: cookies kept, redirects left for the test to assert.
    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = factory.BaseAddress,
    };

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await _http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return await ParseAsync(response);
    }

    /// <summary>Parses a response as a document that knows its own address, so relative form actions resolve.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html).Address(address));
    }

    /// <summary>Posts the form found by <paramref name="formSelector"/> with its hidden fields (token included) and the given values.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, IDictionary<string, string> values, string? action = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector}");
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var target = action ?? form.Action;
        return await _http.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public async Task LoginAsync(string userName)
    {
        var page = await GetDocumentAsync("/Account/Login");
        var response = await SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"login as {userName}");
    }

    public void Dispose() => _http.Dispose();
}
