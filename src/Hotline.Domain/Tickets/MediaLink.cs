using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>
/// A link to a photo a citizen channel sent (Open311 media_url). Only absolute http(s) addresses are kept: the link is
/// shown to staff as-is, so a <c>javascript:</c> or <c>file:</c> address must never get in.
/// </summary>
public static class MediaLink
{
    public static bool IsValid(string? url) =>
        string.IsNullOrWhiteSpace(url)
        || (url.Trim().Length <= Limits.MediaUrlMax
            && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host));

    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return IsValid(url) ? url.Trim() : throw new DomainRuleException("Validation.MediaUrl.Invalid");
    }
}
