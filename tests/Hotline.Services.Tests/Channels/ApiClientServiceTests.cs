using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Services.Channels;
using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Channels;

/// <summary>Issuing, listing and authenticating API clients' keys against the real database.</summary>
public sealed class ApiClientServiceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_issued_key_authenticates_as_its_client_and_the_database_holds_only_its_hash()
    {
        var admin = await App.ViewerAsync("admin");

        var issued = await App.UseAsync<ApiClientService, ServiceResult<IssuedKey>>(s =>
            s.CreateAsync(new ApiClientInput { Name = " 城市服务 App ", Channel = Channel.App }, admin.Actor));

        var key = issued.Value.ShouldNotBeNull().Key;
        var client = await App.UseAsync<ApiClientService, AuthenticatedClient?>(s => s.AuthenticateAsync(key, ApiScope.Open311));
        client.ShouldNotBeNull();
        client.Name.ShouldBe("城市服务 App");
        client.Channel.ShouldBe(Channel.App);
        client.Actor.UserId.ShouldBe($"api-client:{client.Id}");
        var stored = await App.ReadAsync(db => db.Database.SqlQuery<string>($"SELECT key_hash AS \"Value\" FROM api_clients WHERE id = {client.Id}").SingleAsync());
        stored.ShouldBe(ApiKey.Hash(key));
        var everything = await App.ReadAsync(db => db.Database.SqlQuery<string>($"SELECT row_to_json(c)::text AS \"Value\" FROM api_clients c").ToListAsync());
        everything.ShouldAllBe(row => !row.Contains(key));
    }

    [Fact]
    public async Task Unknown_tampered_and_revoked_keys_authenticate_as_nobody()
    {
        var admin = await App.ViewerAsync("admin");
        var issued = (await App.UseAsync<ApiClientService, ServiceResult<IssuedKey>>(s =>
            s.CreateAsync(new ApiClientInput { Name = "网格员终端", Channel = Channel.GridReport }, admin.Actor))).Value!;
        var tampered = issued.Key[..^1] + (issued.Key[^1] == 'a' ? 'b' : 'a');

        (await App.UseAsync<ApiClientService, AuthenticatedClient?>(s => s.AuthenticateAsync(tampered, ApiScope.Open311))).ShouldBeNull();
        (await App.UseAsync<ApiClientService, AuthenticatedClient?>(s => s.AuthenticateAsync(ApiKey.New(), ApiScope.Open311))).ShouldBeNull();
        (await App.UseAsync<ApiClientService, AuthenticatedClient?>(s => s.AuthenticateAsync("not a key", ApiScope.Open311))).ShouldBeNull();

        (await App.UseAsync<ApiClientService, ServiceResult<int>>(s => s.RevokeAsync(issued.ClientId, admin.Actor))).Errors.ShouldBeEmpty();
        (await App.UseAsync<ApiClientService, AuthenticatedClient?>(s => s.AuthenticateAsync(issued.Key, ApiScope.Open311))).ShouldBeNull();
        (await App.UseAsync<ApiClientService, ServiceResult<int>>(s => s.RevokeAsync(issued.ClientId, admin.Actor))).Errors
            .ShouldHaveSingleItem().Code.ShouldBe("ApiClients.Error.AlreadyRevoked");

        // Issuing and revoking are administration acts: each is in the audit log once, and no entry holds the key.
        var entries = await App.ReadAsync(db => db.AuditEntries.Where(e => e.Area == "ApiClient" && e.Subject == "网格员终端")
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.After }).ToListAsync());
        entries.Select(e => e.Action).ShouldBe(["Create", "Revoke"]);
        entries.ShouldAllBe(e => !e.After!.Contains(issued.Key));
    }

    [Fact]
    public async Task Invalid_input_saves_nothing()
    {
        var admin = await App.ViewerAsync("admin");
        var before = await App.ReadAsync(db => db.ApiClients.CountAsync());

        var result = await App.UseAsync<ApiClientService, ServiceResult<IssuedKey>>(s =>
            s.CreateAsync(new ApiClientInput { Name = new string('名', 51), Channel = Channel.Phone }, admin.Actor));

        result.Errors.Select(e => e.Code).ShouldBe(["Validation.ApiClient.Name", "Validation.ApiClient.Channel"], ignoreOrder: true);
        (await App.ReadAsync(db => db.ApiClients.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_list_shows_active_clients_before_revoked_ones()
    {
        var admin = await App.ViewerAsync("admin");
        foreach (var (name, channel) in new[] { ("政务网站", Channel.Web), ("A 微信", Channel.WeChat) })
        {
            await App.UseAsync<ApiClientService, ServiceResult<IssuedKey>>(s => s.CreateAsync(new ApiClientInput { Name = name, Channel = channel }, admin.Actor));
        }

        var revoked = (await App.UseAsync<ApiClientService, ServiceResult<IssuedKey>>(s =>
            s.CreateAsync(new ApiClientInput { Name = "0 旧客户端", Channel = Channel.App }, admin.Actor))).Value!;
        await App.UseAsync<ApiClientService, ServiceResult<int>>(s => s.RevokeAsync(revoked.ClientId, admin.Actor));

        var list = await App.UseAsync<ApiClientService, PagedList<ApiClientRow>>(s => s.ListAsync(1));

        var firstRevoked = list.Items.ToList().FindIndex(c => c.RevokedAt != null);
        list.Items.Skip(firstRevoked).ShouldAllBe(c => c.RevokedAt != null);
        list.Items.Skip(firstRevoked).Select(c => c.Name).ShouldContain("0 旧客户端");
        list.Items.Take(firstRevoked).Select(c => c.Name).ShouldContain("A 微信");
    }
}
