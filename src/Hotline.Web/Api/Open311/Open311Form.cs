using System.Text.RegularExpressions;
using Hotline.Services.Open311;

namespace Hotline.Web.Api.Open311;

/// <summary>Reads POST requests' form: the named fields, and attribute[code] (or attribute[code][] for lists).</summary>
public static partial class Open311Form
{
    public static ServiceRequestInput Read(IFormCollection form, string? idempotencyKey)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if (AttributeName().Match(name) is { Success: true } match)
            {
                attributes[match.Groups[1].Value] = values.LastOrDefault() ?? string.Empty;
            }
        }

        return new ServiceRequestInput
        {
            ServiceCode = form["service_code"],
            Latitude = form["lat"],
            Longitude = form["long"],
            AddressString = form["address_string"],
            AddressId = form["address_id"],
            Attributes = attributes,
            Description = form["description"],
            FirstName = form["first_name"],
            LastName = form["last_name"],
            Phone = form["phone"],
            AccountId = form["account_id"],
            MediaUrl = form["media_url"],
            IdempotencyKey = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim(),
        };
    }

    [GeneratedRegex(@"^attribute\[([^\[\]]+)\](\[\])?$")]
    private static partial Regex AttributeName();
}
