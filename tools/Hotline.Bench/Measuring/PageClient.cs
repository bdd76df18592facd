using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Hotline.Bench.Measuring;

/// <summary>A signed-in browser without a browser: logs in through the real login form and times page requests,
/// reading the app's own account of its database time from the Server-Timing header.</summary>
internal sealed partial class PageClient : IDisposable
{
    private readonly HttpClient _http;

    private PageClient(HttpClient http) => _http = http;

    public static async Task<PageClient> LoginAsync(Uri baseUrl, string userName, string password, CancellationToken ct)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var form = await http.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), ct);
        var token = TokenPattern().Match(form) is { Success: true } m ? m.Groups["value"].Value
            : throw new InvalidOperationException("The login page has no antiforgery token.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Login", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"Login as {userName} failed: {(int)response.StatusCode}");
        }

        return new PageClient(http);
    }

    public async Task<Sample> GetAsync(string path, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var bytes = (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
        double? db = null, app = null;
        int? queries = null;
        if (response.Headers.TryGetValues("Server-Timing", out var values))
        {
            var header = string.Join(", ", values);
            db = Duration(header, "db");
            app = Duration(header, "app");
            queries = QueriesPattern().Match(header) is { Success: true } q ? int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }

        return new Sample((int)response.StatusCode, elapsed.TotalMilliseconds, db, app, queries, bytes);
    }

    /// <summary>The antiforgery token of a page's form, for posting it as the signed-in user.</summary>
    public async Task<string> FormTokenAsync(string path, CancellationToken ct)
    {
        var page = await _http.GetStringAsync(new Uri(path, UriKind.Relative), ct);
        return TokenPattern().Match(page) is { Success: true } m ? m.Groups["value"].Value
            : throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    /// <summary>Posts a form and times it; a redirect (post/redirect/get) counts as success and is not followed.</summary>
    public async Task<Sample> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(fields);
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, ct);
        var bytes = (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
        return new Sample((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null, null, null, bytes);
    }

    public void Dispose() => _http.Dispose();

    private static double? Duration(string header, string metric) =>
        Regex.Match(header, $@"(?:^|,)\s*{metric};dur=([0-9.]+)") is { Success: true } m
            ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="(?<value>[^"]+)"|value="(?<value>[^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex TokenPattern();

    [GeneratedRegex("""desc="(\d+) queries""")]
    private static partial Regex QueriesPattern();
}

/// <summary>One timed request: status, total time seen by the client, the server's db/app times, and the body's size.</summary>
internal sealed record Sample(int Status, double TotalMs, double? DbMs, double? AppMs, int? Queries, long Bytes);
