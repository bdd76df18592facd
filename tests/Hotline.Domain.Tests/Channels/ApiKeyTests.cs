using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tests.Channels;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_key_has_its_prefix_and_is_never_the_same_twice()
    {
        var keys = Enumerable.Range(0, 50).Select(_ => ApiKey.New()).ToList();

        keys.Distinct().Count().ShouldBe(50);
        keys.ShouldAllBe(k => k.Length == ApiKey.Length && k.StartsWith("hk_", StringComparison.Ordinal));
        ApiKey.TryGetPrefix(keys[0], out var prefix).ShouldBeTrue();
        prefix.ShouldBe(keys[0].Substring(3, ApiKey.PrefixLength));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hk_short")]
    [InlineData("xx_AAAAAAAA_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("hk_AAAAAAAAXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Anything_not_shaped_like_a_key_has_no_prefix(string? key) => ApiKey.TryGetPrefix(key, out _).ShouldBeFalse();

    [Fact]
    public void A_client_keeps_only_the_hash_and_accepts_only_its_current_key()
    {
        var key = ApiKey.New();
        var client = ApiClient.Create("市民微信小程序", ApiScope.Open311, Channel.WeChat, key, "admin", Now);

        client.KeyHash.ShouldBe(ApiKey.Hash(key));
        client.KeyHash.ShouldNotContain(key[12..]);
        client.Accepts(key).ShouldBeTrue();
        client.Accepts(ApiKey.New()).ShouldBeFalse();

        var replacement = ApiKey.New();
        client.ReplaceKey(replacement, Now.AddDays(1));
        client.Accepts(key).ShouldBeFalse();
        client.Accepts(replacement).ShouldBeTrue();
        client.KeyIssuedAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void A_revoked_client_accepts_nothing_until_a_new_key_is_issued()
    {
        var key = ApiKey.New();
        var client = ApiClient.Create("网格员终端", ApiScope.Open311, Channel.GridReport, key, "admin", Now);

        client.Revoke("admin", Now.AddHours(1));

        client.Accepts(key).ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => client.Revoke("admin", Now.AddHours(2))).Code.ShouldBe("ApiClients.Error.AlreadyRevoked");
        var fresh = ApiKey.New();
        client.ReplaceKey(fresh, Now.AddHours(3));
        client.IsActive.ShouldBeTrue();
        client.Accepts(fresh).ShouldBeTrue();
    }

    [Theory]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Letter)]
    [InlineData(Channel.WalkIn)]
    public void A_citizen_channels_client_cannot_speak_for_the_agents_channels(Channel channel) =>
        Should.Throw<DomainRuleException>(() => ApiClient.Create("x", ApiScope.Open311, channel, ApiKey.New(), "admin", Now))
            .Code.ShouldBe("Validation.ApiClient.Channel");

    [Fact]
    public void A_client_acts_under_its_own_id_with_the_api_client_role_only()
    {
        var client = ApiClient.Create("城市服务 App", ApiScope.Open311, Channel.App, ApiKey.New(), "admin", Now);

        var actor = client.AsActor();

        actor.DisplayName.ShouldBe("城市服务 App");
        actor.Roles.ShouldBe([Access.Role.ApiClient]);
        actor.UserId.ShouldStartWith("api-client:");
    }
}
