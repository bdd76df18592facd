using Hotline.Domain.Calls;
using Hotline.Domain.Channels;

namespace Hotline.Services.Channels;

/// <summary>One API client on the administrator's list: never its key, only the prefix that tells keys apart.</summary>
public sealed record ApiClientRow(
    int Id,
    string Name,
    ApiScope Scope,
    Channel Channel,
    string KeyPrefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset KeyIssuedAt,
    DateTimeOffset? RevokedAt);
