using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Xml;

namespace Hotline.Web.Api.Open311;

/// <summary>
/// Writes a response in either format from the same contract record, so the two never drift apart. JSON follows the
/// spec's Spark convention (the XML root is dropped; repeated elements become an array); the XML is produced from that
/// JSON by the inverse mapping, with its declaration, UTF-8, and the spec's element names for list items.
/// </summary>
public sealed class Open311Document(object body, string root, int status, Open311Format format) : IResult
{
    /// <summary>This hotline's own state of a ticket: an extension field in its own XML namespace.</summary>
    public const string StateField = "hotline:state";
    public const string HotlineNamespace = "urn:hotline:open311";

    public static readonly JsonSerializerOptions Json = new()
    {
        // Chinese as characters, not \u escapes; absent fields left out ("may not be returned").
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // The element each member of a list is written as (GeoReport v2's XML).
    private static readonly Dictionary<string, string> ItemNames = new()
    {
        ["services"] = "service",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["service_requests"] = "request",
        ["errors"] = "error",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
    };

    public int StatusCode => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        var bytes = format == Open311Format.Json ? JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), Json) : Xml();
        response.ContentType = format == Open311Format.Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    private byte[] Xml()
    {
        var node = JsonSerializer.SerializeToNode(body, body.GetType(), Json);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root);
            if (UsesHotlineNamespace(node))
            {
                writer.WriteAttributeString("xmlns", "hotline", null, HotlineNamespace);
            }

            WriteContent(writer, root, node);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteContent(XmlWriter writer, string name, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (field, value) in obj)
                {
                    WriteElement(writer, field, value);
                }

                break;
            case JsonArray array:
                var item = ItemNames.GetValueOrDefault(name, "item");
                foreach (var member in array)
                {
                    WriteElement(writer, item, member);
                }

                break;
            case JsonValue value:
                writer.WriteString(Text(value));
                break;
        }
    }

    private static void WriteElement(XmlWriter writer, string name, JsonNode? node)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            writer.WriteStartElement(name[..colon], name[(colon + 1)..], HotlineNamespace);
        }
        else
        {
            writer.WriteStartElement(name);
        }

        WriteContent(writer, name, node);
        writer.WriteEndElement();
    }

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static bool UsesHotlineNamespace(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => p.Key.StartsWith("hotline:", StringComparison.Ordinal) || UsesHotlineNamespace(p.Value)),
        JsonArray array => array.Any(UsesHotlineNamespace),
        _ => false,
    };
}
