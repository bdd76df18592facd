using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;

namespace Hotline.Cluster.Tests;

/// <summary>
/// A browser without JavaScript against the cluster: keeps cookies, leaves redirects to the test, posts forms with their
/// antiforgery token, and notes which node answered each request (HAProxy's X-Hotline-Node header).
/// </summary>
public sealed class ClusterClient : IDisposable
{
    public const string Password = "Hotline!2026";

    private readonly HttpClient _http;
    private readonly NodeRecorder _recorder;

    /// <param name="journal">Where several people's clients also note, in one order, which node answered each request.</param>
    public ClusterClient(Uri baseAddress, CookieContainer? cookies = null, List<string>? journal = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _recorder = new NodeRecorder(new HttpClientHandler { UseCookies = true, CookieContainer = Cookies, AllowAutoRedirect = false }, journal);
        _http = new HttpClient(_recorder) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The node that answered each request, in order.</summary>
    public IReadOnlyList<string> Nodes => _recorder.Nodes;

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await _http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        return (IHtmlDocument)await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(address));
    }

    /// <summary>Posts the form <paramref name="formSelector"/> as a browser would, <paramref name="values"/> replacing its fields.</summary>
    public Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, IDictionary<string, string> values, string? action = null) =>
        _http.PostAsync(action ?? Form(page, formSelector).Action, new FormUrlEncodedContent(Fields(page, formSelector, values)));

    public static List<KeyValuePair<string, string>> Fields(IHtmlDocument page, string formSelector, IDictionary<string, string> values)
    {
        var form = Form(page, formSelector);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio" ? input.IsChecked : input.Type is not ("submit" or "button" or "file" or "reset"))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        return [.. fields.Where(f => !values.ContainsKey(f.Key)).Concat(values)];
    }

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        _http.PostAsync(url, new FormUrlEncodedContent(fields));

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

    private static IHtmlFormElement Form(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {selector} on {page.Url}");

    private sealed class NodeRecorder(HttpMessageHandler inner, List<string>? journal) : DelegatingHandler(inner)
    {
        private readonly List<string> _nodes = [];

        public IReadOnlyList<string> Nodes
        {
            get
            {
                lock (_nodes)
                {
                    return [.. _nodes];
                }
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("X-Hotline-Node", out var node))
            {
                lock (_nodes)
                {
                    _nodes.Add(node.First());
                }

                if (journal is not null)
                {
                    lock (journal)
                    {
                        journal.Add(node.First());
                    }
                }
            }

            return response;
        }
    }
}
