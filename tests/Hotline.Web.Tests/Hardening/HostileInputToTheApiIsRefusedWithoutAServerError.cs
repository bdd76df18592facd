using System.Net;
using System.Text.Json;
using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Open311;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// The API's side of the fuzz sweep: every operation the Open311 document describes (so an endpoint added later is swept
/// too), every parameter it declares and every field of a POST's form, each with what an attacker or a careless client
/// sends, alone in an otherwise valid request, in JSON and in XML. No answer is a 5xx or the staff's HTML error page;
/// text no field can hold writes no row.
/// </summary>
public sealed class HostileInputToTheApiIsRefusedWithoutAServerError(HostileInputToTheApiIsRefusedWithoutAServerError.UnlimitedApiApp app)
    : IClassFixture<HostileInputToTheApiIsRefusedWithoutAServerError.UnlimitedApiApp>
{
    private static readonly string[] Formats = ["json", "xml"];

    [Fact]
    public async Task No_hostile_value_reaches_a_server_error_or_the_database()
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        var number = await api.SubmitAsync();
        var operations = await OperationsAsync(api.Http);
        var rows = new StoredRows(app.ConnectionString);
        var failures = new List<string>();
        var requests = 0;

        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters.Append(new ApiValue("api_key", "query", "string")))
            {
                var unstorable = HostileValues.Refused(typeof(string), inQuery: parameter.In != "form");
                foreach (var hostile in unstorable.Concat(HostileValues.Odd(typeof(string))).Concat(parameter.Hostile).Distinct())
                {
                    foreach (var format in Formats)
                    {
                        var before = await rows.ReadAsync();
                        using var request = operation.Request(parameter, hostile, format, api.Key, number);
                        using var response = await api.Http.SendAsync(request);
                        requests++;
                        // Kestrel itself refuses a NUL in the path or an overlong address (400, 414) without a body.
                        var media = (await response.Content.ReadAsByteArrayAsync()).Length == 0 ? "none" : response.Content.Headers.ContentType?.MediaType;
                        var wrote = unstorable.Contains(hostile) ? StoredRows.Changed(before, await rows.ReadAsync()) : [];
                        if ((int)response.StatusCode >= 500 || media is not ("application/json" or "text/xml" or "none") || wrote.Count > 0)
                        {
                            failures.Add($"{request.Method} {operation.Path} {parameter.Name}={Shorten(hostile)} ({format}) → {(int)response.StatusCode} {media}"
                                + (wrote.Count > 0 ? $", wrote {string.Join(", ", wrote)}" : string.Empty));
                        }
                    }
                }
            }
        }

        operations.Select(o => $"{o.Method} {o.Path}").ShouldContain("POST /open311/v2/requests.{format}");
        operations.Single(o => o.Method == "GET" && o.Path == "/open311/v2/requests.{format}").Parameters.Select(p => p.Name)
            .ShouldContain("start_date");
        failures.ShouldBeEmpty($"{requests} requests");
    }

    /// <summary>A value of an operation: a path or query parameter, or a field of the form a POST sends.</summary>
    private sealed record ApiValue(string Name, string In, string Type)
    {
        /// <summary>Values aimed at the value's type (numbers, dates), beside the text every value gets.</summary>
        public IEnumerable<string> Hostile => Type switch
        {
            "number" => HostileValues.Refused(typeof(double), inQuery: true).Concat(HostileValues.Odd(typeof(double))),
            "integer" => HostileValues.Refused(typeof(int), inQuery: true).Concat(HostileValues.Odd(typeof(int))),
            _ => Name.EndsWith("date", StringComparison.Ordinal)
                ? HostileValues.Refused(typeof(DateTime), inQuery: true).Concat(["0001-01-01T00:00:00+08:00", "9999-12-31T23:59:59-12:00"])
                : [],
        };
    }

    private sealed record Operation(string Method, string Path, IReadOnlyList<ApiValue> Parameters)
    {
        /// <summary>A valid request (the format, the ticket made first, the heating form) with one value made hostile.</summary>
        public HttpRequestMessage Request(ApiValue hostile, string value, string format, string key, string number)
        {
            var path = Path;
            var query = new Dictionary<string, string?>();
            foreach (var parameter in Parameters.Where(p => p.In == "path"))
            {
                var valid = parameter.Name switch { "format" => format, "service_code" => Open311Api.HeatingService, _ => number };
                path = path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(parameter == hostile ? value : valid), StringComparison.Ordinal);
            }

            if (hostile.In == "query")
            {
                query[hostile.Name] = value;
            }

            var request = new HttpRequestMessage(new HttpMethod(Method), QueryHelpers.AddQueryString(path, query));
            if (Method == "POST")
            {
                var form = Open311Api.HeatingForm(key);
                if (hostile.In == "form")
                {
                    form[hostile.Name] = value;
                }

                request.Content = new FormUrlEncodedContent(form);
            }

            return request;
        }
    }

    /// <summary>The operations of the API's OpenAPI document, with their parameters and form fields.</summary>
    private static async Task<IReadOnlyList<Operation>> OperationsAsync(HttpClient http)
    {
        var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/open311.json")).RootElement;
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                var values = new List<ApiValue>();
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    values.AddRange(parameters.EnumerateArray().Select(p => new ApiValue(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, TypeOf(p.GetProperty("schema"), document))));
                }

                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    var schema = Resolve(body.GetProperty("content").GetProperty("application/x-www-form-urlencoded").GetProperty("schema"), document);
                    values.AddRange(schema.GetProperty("properties").EnumerateObject().Select(p => new ApiValue(p.Name, "form", TypeOf(p.Value, document))));
                }

                operations.Add(new Operation(operation.Name.ToUpperInvariant(), path.Name, values));
            }
        }

        return operations;
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement document) =>
        schema.TryGetProperty("$ref", out var reference)
            ? reference.GetString()!.TrimStart('#', '/').Split('/').Aggregate(document, (e, name) => e.GetProperty(name))
            : schema;

    /// <summary>"string", "number", "integer"… (OpenAPI 3.1 writes a nullable one as ["number", "null"]).</summary>
    private static string TypeOf(JsonElement schema, JsonElement document)
    {
        var resolved = Resolve(schema, document);
        if (!resolved.TryGetProperty("type", out var type))
        {
            return "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "string"
            : type.GetString()!;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text.Replace("\0", "\\0", StringComparison.Ordinal) : $"{text[..20]}…({text.Length} chars)";

    /// <summary>The app without the API's per-key limit, which would answer the sweep's later requests 429.</summary>
    public sealed class UnlimitedApiApp : HotlineWebFactory
    {
        protected override void ConfigureVariant(IWebHostBuilder builder) =>
            builder.UseSetting($"{RateLimitSettings.Section}:{nameof(RateLimitSettings.Open311PerMinute)}", "100000000");
    }
}
