using Hotline.Domain.Channels;
using Hotline.Services.Channels;
using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Telephony;

/// <summary><c>telephony-key NAME</c> (used by <c>./build.sh run --simulate</c>): one client per name, a fresh key each time.</summary>
public sealed class TelephonyKeyCommandTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task The_first_run_creates_the_platform_client_and_a_later_run_replaces_its_key()
    {
        var first = (await TelephonyKeyCommand.IssueAsync(app.AppServices, "话务模拟器")).Value.ShouldNotBeNull();
        var second = (await TelephonyKeyCommand.IssueAsync(app.AppServices, "话务模拟器")).Value.ShouldNotBeNull();

        second.ClientId.ShouldBe(first.ClientId);
        second.Key.ShouldNotBe(first.Key);
        await using var scope = app.AppServices.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<ApiClientService>();
        (await clients.AuthenticateAsync(first.Key, ApiScope.Telephony)).ShouldBeNull();
        (await clients.AuthenticateAsync(second.Key, ApiScope.Telephony)).ShouldNotBeNull().Id.ShouldBe(first.ClientId);
        (await clients.AuthenticateAsync(second.Key, ApiScope.Open311)).ShouldBeNull();
    }
}
