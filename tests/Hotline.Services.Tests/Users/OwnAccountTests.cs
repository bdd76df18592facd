using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.Seed;
using Hotline.Services.Tests.Admin;
using Hotline.Services.Users;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Services.Tests.Users;

public sealed class OwnAccountTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Changing_ones_password_clears_the_one_time_flag_and_changes_the_security_stamp()
    {
        await _db.QueryAsync(db => db.Users.Where(u => u.UserName == "agent").ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, true)));
        var before = await UserAsync("agent");

        var result = await ChangeAsync("agent", DemoUsers.Password, "Seven-Bridges-42");

        result.Errors.ShouldBeEmpty();
        var after = await UserAsync("agent");
        after.MustChangePassword.ShouldBeFalse();
        after.SecurityStamp.ShouldNotBe(before.SecurityStamp);
    }

    [Theory]
    [InlineData("wrong-password", "Seven-Bridges-42", "Seven-Bridges-42", "CurrentPassword", "Password.Error.PasswordMismatch")]
    [InlineData(DemoUsers.Password, "Short-1a", "Short-1a", "NewPassword", "Password.Error.PasswordTooShort")]
    [InlineData(DemoUsers.Password, "My-agent-Pass-1", "My-agent-Pass-1", "NewPassword", "Password.Error.PasswordContainsUserName")]
    [InlineData(DemoUsers.Password, "Seven-Bridges-42", "Seven-Bridges-43", "ConfirmPassword", "Password.Validation.Confirm.Mismatch")]
    public async Task A_bad_new_password_is_refused_and_the_old_one_still_works(string current, string password, string confirm, string field, string error)
    {
        var result = await _db.RunAsync<AccountService, ServiceResult<bool>>(async s =>
            await s.ChangePasswordAsync(await IdAsync("agent"), new ChangePasswordInput { CurrentPassword = current, NewPassword = password, ConfirmPassword = confirm }));

        result.Errors.ShouldContain(new ServiceError(field, error));
        (await PasswordWorksAsync("agent", DemoUsers.Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_published_demo_password_cannot_be_chosen()
    {
        await ChangeAsync("agent", DemoUsers.Password, "Seven-Bridges-42");

        var result = await ChangeAsync("agent", "Seven-Bridges-42", DemoUsers.Password);

        result.Errors.ShouldBe([new ServiceError("NewPassword", "Password.Error.PasswordIsPublished")]);
    }

    [Fact]
    public async Task A_refused_sign_in_is_in_the_audit_log_with_the_name_typed_and_the_address()
    {
        await _db.RunAsync<AccountService, bool>(async s =>
        {
            await s.RecordFailedSignInAsync("nobody", "WrongPassword", "10.1.2.3");
            return true;
        });

        var entry = await _db.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Area == AuditAreas.SignIn));
        entry.ActorId.ShouldBeNull();
        entry.ActorName.ShouldBe("nobody");
        entry.Address.ShouldBe("10.1.2.3");
        entry.After.ShouldNotBeNull().ShouldContain("WrongPassword");
    }

    [Fact]
    public async Task The_demo_logins_are_found_holding_the_published_password_until_reset()
    {
        var found = await _db.RunAsync<DemoPasswordGuard, IReadOnlyList<string>>(g => g.AccountsWithDemoPasswordAsync());
        found.ShouldContain("admin");
        found.ShouldContain("liaison-heating");

        await _db.QueryAsync(db => db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));

        (await _db.RunAsync<DemoPasswordGuard, IReadOnlyList<string>>(g => g.AccountsWithDemoPasswordAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task On_a_database_without_users_the_first_administrator_is_created_and_can_sign_in()
    {
        var connection = await TestDatabase.CreateAsync(TestData.Empty);
        await using var services = TestServices.Build(connection, new FakeTimeProvider(TestDatabase.DefaultNow));
        try
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
                (await db.Users.CountAsync()).ShouldBe(0);
                var created = await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().CreateAsync("chief", "值班长", null);
                created.Errors.ShouldBeEmpty();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<HotlineUser>>();
                var chief = (await users.FindByNameAsync("chief")).ShouldNotBeNull();
                (await users.CheckPasswordAsync(chief, created.Value!.OneTimePassword)).ShouldBeTrue();
                (await users.IsInRoleAsync(chief, Roles.Admin)).ShouldBeTrue();
                chief.MustChangePassword.ShouldBeTrue();
                (await scope.ServiceProvider.GetRequiredService<IUserConfirmation<HotlineUser>>().IsConfirmedAsync(users, chief)).ShouldBeTrue();
                (await db.AuditEntries.SingleAsync()).Action.ShouldBe("CreateAdministrator");
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var again = await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().CreateAsync("chief2", null, "short");
                again.Errors.ShouldContain(new ServiceError("Password", "Password.Error.PasswordTooShort"));
            }
        }
        finally
        {
            await services.DisposeAsync();
            await TestDatabase.DropAsync(connection);
        }
    }

    private Task<HotlineUser> UserAsync(string userName) => _db.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    private Task<string> IdAsync(string userName) => _db.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<ServiceResult<bool>> ChangeAsync(string userName, string current, string password)
    {
        var id = await IdAsync(userName);
        return await _db.RunAsync<AccountService, ServiceResult<bool>>(s =>
            s.ChangePasswordAsync(id, new ChangePasswordInput { CurrentPassword = current, NewPassword = password, ConfirmPassword = password }));
    }

    private async Task<bool> PasswordWorksAsync(string userName, string password)
    {
        await using var scope = _db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HotlineUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }
}
