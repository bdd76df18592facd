using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Services.Audit;

namespace Hotline.Services.Channels;

/// <summary>An API client as the audit log records it: never the key, only its prefix.</summary>
public sealed record ApiClientSnapshot(string Name, ApiScope Scope, Channel Channel, string KeyPrefix, DateTimeOffset? RevokedAt) : IAuditSnapshot
{
    public static ApiClientSnapshot Of(ApiClient c) => new(c.Name, c.Scope, c.Channel, c.KeyPrefix, c.RevokedAt);
}
