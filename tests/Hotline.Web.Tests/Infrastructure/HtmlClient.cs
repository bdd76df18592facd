using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;

namespace Hotline.Web.Tests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: keeps cookies, does not follow redirects
/// (tests assert them), reads pages with AngleSharp and posts forms with their antiforgery token.
/// </summary>
public sealed class HtmlClient : IDisposable
{
    public const string Password = "Hotline!2026";

    private readonly CookieContainer _cookies = new();

    // A plain client against the real Kestrel port: cookies kept, redirects left for the test to assert.
    private readonly HttpClient _http;

    public HtmlClient(HotlineWebFactory factory)
    {
        _http = new(new HttpClientHandler { UseCookies = true, CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = factory.BaseAddress };
    }

    /// <summary>The cookies this "browser" holds (a test may copy them elsewhere).</summary>
    public CookieContainer Cookies => _cookies;

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

    /// <summary>
    /// Posts the form found by <paramref name="formSelector"/> as a browser would (its current fields, antiforgery
    /// token included), with <paramref name="values"/> replacing fields of the same name.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, IDictionary<string, string> values, string? action = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector}");
        var fields = FormFields(form).Where(f => !values.ContainsKey(f.Key)).Concat(values).ToList();
        var target = action ?? form.Action;
        return await _http.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    private static IEnumerable<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            yield return new(input.Name!, input.Value);
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "file" or "reset"))
                    {
                        yield return new(input.Name!, input.Value);
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        yield return new(select.Name!, option.Value);
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    yield return new(area.Name!, area.Value);
                    break;
            }
        }
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
