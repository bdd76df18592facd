using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Hotline.Web.Api.Open311;

/// <summary>
/// The language of an API answer (service names, notices, error descriptions): the <c>locale</c> parameter, else the
/// first language of Accept-Language the hotline speaks, else Chinese.
/// </summary>
public static class Open311Culture
{
    public static CultureInfo For(HttpRequest request)
    {
        if (Match(request.Query["locale"].ToString()) is { } chosen)
        {
            return chosen;
        }

        var accepted = StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages)
            ? languages.OrderByDescending(l => l.Quality ?? 1)
            : Enumerable.Empty<StringWithQualityHeaderValue>();
        return accepted.Select(l => Match(l.Value.ToString())).FirstOrDefault(c => c is not null) ?? Infrastructure.WebSetup.Cultures[0];
    }

    private static CultureInfo? Match(string? tag)
    {
        var language = tag?.Replace('_', '-').Split('-')[0].Trim().ToLowerInvariant();
        return Infrastructure.WebSetup.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == language);
    }
}
