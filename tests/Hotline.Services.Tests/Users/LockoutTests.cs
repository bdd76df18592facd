using Hotline.Services.Data;
using Hotline.Services.Tests.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Users;

/// <summary>An account's lockout starts and ends on the app's clock, so a fake clock moves past it.</summary>
public sealed class LockoutTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<T> WithUsersAsync<T>(Func<UserManager<HotlineUser>, HotlineUser, Task<T>> act)
    {
        await using var scope = _db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HotlineUser>>();
        var user = (await users.FindByNameAsync("agent2")).ShouldNotBeNull();
        return await act(users, user);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_by_the_app_s_clock()
    {
        var now = _db.Clock.GetUtcNow();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            (await WithUsersAsync((users, user) => users.AccessFailedAsync(user))).Succeeded.ShouldBeTrue();
        }

        var end = await _db.QueryAsync(db => db.Users.Where(u => u.UserName == "agent2").Select(u => u.LockoutEnd).SingleAsync());
        end.ShouldBe(now.AddMinutes(15));
        (await WithUsersAsync((users, user) => users.IsLockedOutAsync(user))).ShouldBeTrue();

        _db.Clock.Advance(TimeSpan.FromMinutes(14));
        (await WithUsersAsync((users, user) => users.IsLockedOutAsync(user))).ShouldBeTrue("still inside the fifteen minutes");
        _db.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        (await WithUsersAsync((users, user) => users.IsLockedOutAsync(user))).ShouldBeFalse("the fifteen minutes are over");
    }
}
