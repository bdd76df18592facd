using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// The fuzz sweep: every page of the catalog (found by reflection, so a new page is swept without editing this test),
/// every handler, every bound value, with what an attacker or a careless client sends. Two passes per handler:
/// the value alone (with the antiforgery token and the page's address), and the value in the page's own form as a
/// browser fills it. No request may answer 5xx; a value that cannot be legitimate, or any GET, may write no row.
/// </summary>
public sealed class HostileInputIsRefusedWithoutAServerError(SweepFixture sweep) : IClassFixture<SweepFixture>
{
    private const string Token = "__RequestVerificationToken";

    public static TheoryData<string> Pages() => [.. CatalogPage.All.Select(p => p.Route)];

    [Fact]
    public void The_catalog_finds_the_pages_their_handlers_and_bound_values()
    {
        var intake = CatalogPage.Find("/Intake");
        intake.Handlers.Select(h => h.ToString()).ShouldBe(
            ["GET", "POST handler=Register", "POST handler=Dispatch", "POST handler=Answer", "POST handler=Urge", "POST handler=Invalid",
             "POST handler=Attach", "GET handler=History", "GET handler=Articles", "GET handler=Incidents"], ignoreOrder: true);
        intake.Properties.Select(p => p.Name).ShouldContain("Input.IsConfidential");
        CatalogPage.Find("/Workbench/{number}").RouteParameters.ShouldBe(["number"]);
        var attachment = CatalogPage.Find("/Tickets/Attachment/{id}");
        attachment.RouteParameters.ShouldBe(["id"]);
        attachment.ValuesOf(attachment.Handlers.Single()).ShouldBeEmpty();
        CatalogPage.Find("/Dispatch/Returns").Properties.Select(p => p.Name).ShouldContain("p");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_hostile_value_reaches_a_server_error_or_the_database(string route)
    {
        var page = CatalogPage.Find(route);
        var target = await PageTarget.FindAsync(sweep, page);
        var run = new SweepRun(sweep, target);

        foreach (var handler in page.Handlers)
        {
            var get = handler.Verb == "GET";

            // A key no page binds is ignored, whatever it holds; a page without bound values is still requested.
            await run.GroupAsync($"{handler} {Unbound.Name}", mustSaveNothing: get, () => run.SendAloneAsync(handler, Unbound, "a\0b"));
            foreach (var value in page.ValuesOf(handler).Concat(RouteValues(page, handler)))
            {
                var inQuery = get || value.Name.StartsWith('{');
                await run.GroupAsync($"{handler} {value.Name} (refused values)", mustSaveNothing: true, async () =>
                {
                    foreach (var hostile in Refused(value, inQuery))
                    {
                        await run.SendAloneAsync(handler, value, hostile);
                    }
                });
                await run.GroupAsync($"{handler} {value.Name} (odd values)", mustSaveNothing: get, async () =>
                {
                    foreach (var hostile in Odd(value))
                    {
                        await run.SendAloneAsync(handler, value, hostile);
                    }
                });
            }
        }

        var validFiles = new List<(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, BoundValue File)>();
        foreach (var (handler, action, form) in target.Forms())
        {
            var fields = FormFiller.Fill(form, sweep.App.Clock.GetUtcNow());
            var posted = page.ValuesOf(handler).Where(v => v.IsFile ? form.Enctype == "multipart/form-data"
                : fields.Any(f => string.Equals(f.Key, v.Name, StringComparison.OrdinalIgnoreCase)));
            foreach (var value in posted)
            {
                await run.GroupAsync($"form {action} {value.Name}", mustSaveNothing: true, async () =>
                {
                    foreach (var hostile in Refused(value, inQuery: false))
                    {
                        await run.SendInFormAsync(action, fields, value, hostile);
                    }
                });
                if (value.IsFile)
                {
                    validFiles.Add((action, fields, value));
                }
            }
        }

        // Last, as they may be stored (under a cleaned name) and move the ticket's version on.
        foreach (var (action, fields, file) in validFiles)
        {
            foreach (var name in HostileFiles.Odd)
            {
                await run.SendInFormAsync(action, fields, file, name);
            }
        }

        run.Failures.ShouldBeEmpty($"{route} as {target.User} at {target.Url} ({run.Requests} requests)");
        run.Requests.ShouldBeGreaterThan(0);
    }

    private static readonly BoundValue Unbound = new("Unbound.Key", typeof(string), OnGet: true);

    private static IReadOnlyList<string> Refused(BoundValue value, bool inQuery) =>
        value.IsFile ? HostileFiles.Refused : HostileValues.Refused(value.Type, inQuery);

    private static IReadOnlyList<string> Odd(BoundValue value) => value.IsFile ? HostileFiles.Odd : HostileValues.Odd(value.Type);

    /// <summary>The route's own parameters (a ticket number in the path) are hostile input too.</summary>
    private static IEnumerable<BoundValue> RouteValues(CatalogPage page, PageHandler handler) =>
        page.RouteParameters.Select(p => new BoundValue("{" + p + "}", typeof(string), handler.Verb == "GET"));

    /// <summary>Sends and judges the requests of one page's sweep: each a status under 500, each group of them no row written.</summary>
    private sealed class SweepRun(SweepFixture sweep, PageTarget target)
    {
        private readonly StoredRows _rows = new(sweep.App.ConnectionString);

        public List<string> Failures { get; } = [];

        public int Requests { get; private set; }

        /// <summary>Sends a group of requests; when <paramref name="mustSaveNothing"/>, fails if any of them wrote a row.</summary>
        public async Task GroupAsync(string description, bool mustSaveNothing, Func<Task> send)
        {
            var before = mustSaveNothing ? await _rows.ReadAsync() : null;
            await send();
            if (before is not null && StoredRows.Changed(before, await _rows.ReadAsync()) is { Count: > 0 } changed)
            {
                Failures.Add($"{description} → wrote {string.Join(", ", changed)}");
            }
        }

        public Task SendAloneAsync(PageHandler handler, BoundValue value, string hostile)
        {
            var inRoute = value.Name.StartsWith('{');
            var (path, query) = target.Address(inRoute ? (value.Name, hostile) : null, skip: value.Name);
            var action = handler.Name is null ? path : QueryHelpers.AddQueryString(path, "handler", handler.Name);
            if (handler.Verb == "GET")
            {
                if (!inRoute)
                {
                    query[value.Name] = hostile;
                }

                var url = QueryHelpers.AddQueryString(action, query);
                return JudgeAsync($"GET {Shorten(url)}", () => target.Client.Http.GetAsync(url));
            }

            var body = query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value ?? string.Empty)).ToList();
            body.Add(new(Token, target.Token));
            if (value.IsFile)
            {
                return JudgeAsync($"POST {Shorten(action)} {value.Name}={hostile}",
                    () => target.Client.Http.PostAsync(action, HostileFiles.Multipart(body, value.Name, hostile)));
            }

            if (!inRoute)
            {
                body.Add(new(value.Name, hostile));
            }

            return JudgeAsync($"POST {Shorten(action)} {value.Name}={Shorten(hostile)}",
                () => target.Client.Http.PostAsync(action, new FormUrlEncodedContent(body)));
        }

        public Task SendInFormAsync(string action, IReadOnlyList<KeyValuePair<string, string>> fields, BoundValue value, string hostile)
        {
            // A fresh submission id each time: a form accepted once would make the same id's later posts no-ops.
            var body = fields.Where(f => !string.Equals(f.Key, value.Name, StringComparison.OrdinalIgnoreCase))
                .Select(f => Guid.TryParse(f.Value, out _) ? new(f.Key, Guid.NewGuid().ToString()) : f)
                .ToList();
            if (value.IsFile)
            {
                return JudgeAsync($"POST form {Shorten(action)} {value.Name}={hostile}",
                    () => target.Client.Http.PostAsync(action, HostileFiles.Multipart(body, value.Name, hostile)));
            }

            body.Add(new(value.Name, hostile));
            return JudgeAsync($"POST form {Shorten(action)} {value.Name}={Shorten(hostile)}",
                () => target.Client.Http.PostAsync(action, new FormUrlEncodedContent(body)));
        }

        private async Task JudgeAsync(string request, Func<Task<HttpResponseMessage>> send)
        {
            Requests++;
            try
            {
                using var response = await send();
                if ((int)response.StatusCode >= 500)
                {
                    Failures.Add($"{request} → {(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException e)
            {
                Failures.Add($"{request} → {e.Message}");
            }
        }

        private static string Shorten(string text) => text.Length <= 120 ? text.Replace("\0", "\\0", StringComparison.Ordinal) : $"{text[..60]}…({text.Length} chars)";
    }
}

/// <summary>A page as one signed-in user sees it: the first user and ticket for whom it opens with the most forms.</summary>
internal sealed class PageTarget
{
    private readonly Dictionary<string, string> _routeValues;
    private readonly Dictionary<string, string> _query;

    private PageTarget(CatalogPage page, string user, HtmlClient client, Dictionary<string, string> routeValues, Dictionary<string, string> query,
        string url, IHtmlDocument document)
    {
        Page = page;
        User = user;
        Client = client;
        _routeValues = routeValues;
        _query = query;
        Url = url;
        Document = document;
    }

    public CatalogPage Page { get; }

    public string User { get; }

    public HtmlClient Client { get; }

    public string Url { get; }

    public IHtmlDocument Document { get; }

    public string Token => Document.QuerySelector($"input[name={"__RequestVerificationToken"}]")?.GetAttribute("value") ?? string.Empty;

    public static async Task<PageTarget> FindAsync(SweepFixture sweep, CatalogPage page)
    {
        var numberKey = page.TicketNumberKey;
        var candidates = numberKey is null ? [null] : sweep.Tickets.Cast<string?>().ToList();
        PageTarget? best = null;
        var bestScore = -1;
        foreach (var user in SweepFixture.Users)
        {
            var client = await sweep.ClientAsync(user);
            foreach (var (number, incident) in candidates.SelectMany(n => IncidentsFor(sweep, page).Select(i => (n, i))))
            {
                var routeValues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (number is not null)
                {
                    (page.RouteParameters.Contains(numberKey!) ? routeValues : query)[numberKey!] = number;
                }

                if (incident is not null)
                {
                    query["id"] = incident;
                }

                var url = QueryHelpers.AddQueryString(page.PathWith(routeValues), query.ToDictionary(q => q.Key, q => (string?)q.Value));
                using var response = await client.GetAsync(url);
                var forbidden = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/", StringComparison.Ordinal) == true);
                var document = await HtmlClient.ParseAsync(response);
                var target = new PageTarget(page, user, client, routeValues, query, url, document);
                var score = forbidden ? 0 : response.StatusCode == HttpStatusCode.OK ? 2 + target.Forms().Count() : 1;
                if (score > bestScore)
                {
                    (best, bestScore) = (target, score);
                }
            }

            // The first user who may open the page is the one swept.
            if (bestScore >= 2)
            {
                break;
            }
        }

        return best!;
    }

    /// <summary>An incident page (addressed by <c>?id=</c>) is tried with each of the sweep's incidents; any other page without.</summary>
    private static IEnumerable<string?> IncidentsFor(SweepFixture sweep, CatalogPage page) =>
        page.Route.Contains("Incident", StringComparison.Ordinal) && page.View is { } view && page.ValuesOf(view).Any(v => v.Name == "Id")
            ? sweep.Incidents.Select(i => (string?)i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : [null];

    /// <summary>The page's address and query with one route value replaced, leaving out the key being made hostile.</summary>
    public (string Path, Dictionary<string, string?> Query) Address((string Name, string Value)? routeValue, string skip)
    {
        var values = new Dictionary<string, string>(_routeValues, StringComparer.OrdinalIgnoreCase);
        if (routeValue is { } r)
        {
            values[r.Name.Trim('{', '}')] = r.Value;
        }

        var query = _query.Where(q => !q.Key.Equals(skip, StringComparison.OrdinalIgnoreCase)).ToDictionary(q => q.Key, q => (string?)q.Value);
        return (Page.PathWith(values), query);
    }

    /// <summary>The page's forms that post to its own handlers, one entry per submit button's action.</summary>
    public IEnumerable<(PageHandler Handler, string Action, IHtmlFormElement Form)> Forms()
    {
        var own = new Uri(new Uri("http://app.invalid"), Url).AbsolutePath;
        foreach (var form in Document.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)))
        {
            var actions = form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => b.GetAttribute("formaction")!)
                .Append(form.GetAttribute("action") ?? Url).Distinct();
            foreach (var action in actions)
            {
                var uri = new Uri(new Uri("http://app.invalid"), action);
                if (!uri.AbsolutePath.Equals(own, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var name = QueryHelpers.ParseQuery(uri.Query).TryGetValue("handler", out var h) ? h.ToString() : null;
                var handler = Page.Handlers.FirstOrDefault(x => x.Verb == "POST" && string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                if (handler is not null)
                {
                    yield return (handler, uri.PathAndQuery, form);
                }
            }
        }
    }
}
