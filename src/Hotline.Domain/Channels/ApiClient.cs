using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;

namespace Hotline.Domain.Channels;

/// <summary>
/// A system that talks to the hotline through an API with a key of its own: the web portal, a WeChat mini-program, a
/// city app, the grid workers' handsets. The client names the channel its tickets arrive by. Its key can be replaced
/// (the old one stops working at once) or revoked; the client row stays, so tickets keep naming who sent them.
/// </summary>
public sealed class ApiClient
{
    /// <summary>The channels a citizen-facing client may speak for (phone, SMS, letters and walk-ins come through agents).</summary>
    public static readonly IReadOnlyList<Channel> CitizenChannels = [Channel.Web, Channel.WeChat, Channel.App, Channel.GridReport];

    private ApiClient()
    {
        Name = string.Empty;
        KeyPrefix = string.Empty;
        KeyHash = string.Empty;
        CreatedByUserId = string.Empty;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public ApiScope Scope { get; private set; }
    public Channel Channel { get; private set; }
    public string KeyPrefix { get; private set; }
    public string KeyHash { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; }
    public DateTimeOffset KeyIssuedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedByUserId { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>The user id the client's acts are recorded under (timelines, calls): never a person's.</summary>
    public string ActorUserId => ActorUserIdOf(Id);

    public static string ActorUserIdOf(int clientId) => $"api-client:{clientId}";

    /// <summary>How the client appears as the actor of what it does.</summary>
    public Actor AsActor() => new(ActorUserId, Name, new HashSet<Role> { Role.ApiClient });

    public static ApiClient Create(string name, ApiScope scope, Channel channel, string key, string byUserId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > Limits.PersonNameMax)
        {
            throw new DomainRuleException("Validation.ApiClient.Name");
        }

        if (scope == ApiScope.Open311 && !CitizenChannels.Contains(channel))
        {
            throw new DomainRuleException("Validation.ApiClient.Channel");
        }

        if (scope == ApiScope.Telephony && channel != Channel.Phone)
        {
            throw new DomainRuleException("Validation.ApiClient.Channel");
        }

        var client = new ApiClient
        {
            Name = name.Trim(),
            Scope = scope,
            Channel = channel,
            CreatedAt = now,
            CreatedByUserId = byUserId,
        };
        client.SetKey(key, now);
        return client;
    }

    /// <summary>Replaces the key: the old one stops working; a revoked client becomes active again with the new key.</summary>
    public void ReplaceKey(string key, DateTimeOffset now)
    {
        SetKey(key, now);
        RevokedAt = null;
        RevokedByUserId = null;
    }

    public void Revoke(string byUserId, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new DomainRuleException("ApiClients.Error.AlreadyRevoked");
        }

        RevokedAt = now;
        RevokedByUserId = byUserId;
    }

    /// <summary>Whether <paramref name="key"/> is this client's current key and the client may use it.</summary>
    public bool Accepts(string key) => IsActive && ApiKey.Matches(key, KeyHash);

    private void SetKey(string key, DateTimeOffset now)
    {
        if (!ApiKey.TryGetPrefix(key, out var prefix))
        {
            throw new ArgumentException("Not an API key.", nameof(key));
        }

        KeyPrefix = prefix;
        KeyHash = ApiKey.Hash(key);
        KeyIssuedAt = now;
    }
}
