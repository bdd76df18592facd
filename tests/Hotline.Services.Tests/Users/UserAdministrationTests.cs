using Hotline.Domain.Access;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.Seed;
using Hotline.Services.Tests.Admin;
using Hotline.Services.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Users;

public sealed class UserAdministrationTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_administrator_creates_an_agent_whose_one_time_password_must_be_changed()
    {
        var result = await CreateAsync(new UserInput { UserName = "agent-wang", DisplayName = "王芳", Roles = [Role.Agent] });

        result.Errors.ShouldBeEmpty();
        var user = await UserAsync("agent-wang");
        user.DisplayName.ShouldBe("王芳");
        user.MustChangePassword.ShouldBeTrue();
        user.IsActive.ShouldBeTrue();
        (await RolesAsync("agent-wang")).ShouldBe(["Agent"]);
        (await PasswordWorksAsync("agent-wang", result.Value!.OneTimePassword)).ShouldBeTrue();
        result.Value.OneTimePassword.Length.ShouldBeGreaterThanOrEqualTo(HotlineIdentity.PasswordMinLength);
        (await AuditAsync("agent-wang")).ShouldContain(e => e.Action == "Create" && e.After!.Contains("王芳"));
    }

    [Theory]
    [InlineData(Role.Liaison, null, "UnitId", AccountRules.LiaisonNeedsUnit)]
    [InlineData(Role.Agent, "heating", "UnitId", AccountRules.UnitOnlyForLiaisons)]
    public async Task A_unit_goes_with_the_liaison_role_and_only_with_it(Role role, string? unitCode, string field, string error)
    {
        int? unit = unitCode is null ? null : await UnitIdAsync(unitCode);

        var result = await CreateAsync(new UserInput { UserName = "someone", DisplayName = "某人", Roles = [role], UnitId = unit });

        result.Errors.ShouldBe([new ServiceError(field, error)]);
        (await _db.QueryAsync(db => db.Users.AnyAsync(u => u.UserName == "someone"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_liaison_cannot_also_hold_a_hotline_role()
    {
        var result = await CreateAsync(new UserInput { UserName = "mixed", DisplayName = "某人", Roles = [Role.Liaison, Role.Agent], UnitId = await UnitIdAsync("heating") });

        result.Errors.ShouldBe([new ServiceError("Roles", AccountRules.LiaisonOnly)]);
    }

    [Fact]
    public async Task A_login_already_taken_is_refused()
    {
        var result = await CreateAsync(new UserInput { UserName = "agent", DisplayName = "重名", Roles = [Role.Agent] });

        result.Errors.ShouldBe([new ServiceError("UserName", UserAdminService.UserNameTaken)]);
    }

    [Fact]
    public async Task A_role_change_saves_the_roles_and_ends_the_persons_sessions()
    {
        var before = await UserAsync("agent");

        var result = await UpdateAsync("agent", input => input.Roles = [Role.Agent, Role.Supervisor]);

        result.Errors.ShouldBeEmpty();
        (await RolesAsync("agent")).Order().ShouldBe(["Agent", "Supervisor"]);
        (await UserAsync("agent")).SecurityStamp.ShouldNotBe(before.SecurityStamp);
        (await AuditAsync("agent")).ShouldContain(e => e.Action == "Update" && e.Before!.Contains("Agent") && e.After!.Contains("Supervisor"));
    }

    [Fact]
    public async Task A_form_read_before_someone_elses_save_is_refused()
    {
        var stale = (await _db.RunAsync<UserDirectory, UserDetail?>(d => d.GetAsync(IdOf("agent")))).ShouldNotBeNull();
        (await UpdateAsync("agent", i => i.DisplayName = "王晓燕（新）")).Errors.ShouldBeEmpty();

        var result = await _db.RunAsync<UserAdminService, ServiceResult<string>>(async s => await s.UpdateAsync(new UserInput
        {
            Id = stale.Id,
            DisplayName = "旧表单",
            Roles = [.. stale.Roles],
            ConcurrencyStamp = stale.ConcurrencyStamp,
        }, await _db.ActorAsync()));

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.Concurrency)]);
        (await UserAsync("agent")).DisplayName.ShouldBe("王晓燕（新）");
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role()
    {
        var result = await UpdateAsync("admin", input => input.Roles = [Role.Supervisor]);

        result.Errors.ShouldBe([new ServiceError("Roles", UserAdminService.OwnAdminRole)]);
        (await RolesAsync("admin")).ShouldBe(["Admin"]);
    }

    [Fact]
    public async Task The_last_active_administrator_can_be_neither_deactivated_nor_demoted()
    {
        var second = await CreateAsync(new UserInput { UserName = "admin2", DisplayName = "第二管理员", Roles = [Role.Admin] });
        var secondActor = new Actor(second.Value!.Id, "第二管理员", new HashSet<Role> { Role.Admin });
        (await _db.RunAsync<UserAdminService, ServiceResult<string>>(async s => await s.DeactivateAsync(second.Value.Id, await _db.ActorAsync()))).Errors.ShouldBeEmpty();

        // admin2's open page still says they are an administrator: their act is refused, admin stays.
        var demote = await _db.RunAsync<UserAdminService, ServiceResult<string>>(async s => await s.UpdateAsync(await FormAsync("admin", i => i.Roles = [Role.Agent]), secondActor));
        var deactivate = await _db.RunAsync<UserAdminService, ServiceResult<string>>(s => s.DeactivateAsync(IdOf("admin"), secondActor));

        demote.Errors.ShouldBe([new ServiceError("Roles", UserAdminService.LastAdmin)]);
        deactivate.Errors.ShouldBe([new ServiceError(string.Empty, UserAdminService.LastAdmin)]);
        (await _db.RunAsync<UserAdminService, int>(s => s.ActiveAdministratorsAsync())).ShouldBe(1);
        (await UserAsync("admin")).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Deactivating_ends_sessions_and_keeps_the_account_and_reactivating_lets_it_sign_in_again()
    {
        var before = await UserAsync("dispatcher");

        (await ActAsync((s, a) => s.DeactivateAsync(IdOf("dispatcher"), a))).Errors.ShouldBeEmpty();

        var deactivated = await UserAsync("dispatcher");
        deactivated.IsActive.ShouldBeFalse();
        deactivated.SecurityStamp.ShouldNotBe(before.SecurityStamp);
        (await CanSignInAsync("dispatcher")).ShouldBeFalse();
        (await ActAsync((s, a) => s.ReactivateAsync(IdOf("dispatcher"), a))).Errors.ShouldBeEmpty();
        (await CanSignInAsync("dispatcher")).ShouldBeTrue();
        (await AuditAsync("dispatcher")).Select(e => e.Action).ShouldBe(["Reactivate", "Deactivate"]);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account()
    {
        (await ActAsync((s, a) => s.DeactivateAsync(IdOf("admin"), a))).Errors.ShouldBe([new ServiceError(string.Empty, UserAdminService.OwnAccount)]);
    }

    [Fact]
    public async Task A_password_reset_gives_a_new_one_time_password_unlocks_and_ends_sessions()
    {
        await _db.QueryAsync(db => db.Users.Where(u => u.UserName == "agent2").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue)));
        var before = await UserAsync("agent2");

        var reset = await _db.RunAsync<UserAdminService, ServiceResult<CreatedAccount>>(async s => await s.ResetPasswordAsync(IdOf("agent2"), await _db.ActorAsync()));

        reset.Errors.ShouldBeEmpty();
        var after = await UserAsync("agent2");
        after.MustChangePassword.ShouldBeTrue();
        after.LockoutEnd.ShouldBeNull();
        after.SecurityStamp.ShouldNotBe(before.SecurityStamp);
        (await PasswordWorksAsync("agent2", reset.Value!.OneTimePassword)).ShouldBeTrue();
        (await PasswordWorksAsync("agent2", DemoUsers.Password)).ShouldBeFalse();
    }

    [Fact]
    public async Task Unlocking_lifts_a_lockout()
    {
        await _db.QueryAsync(db => db.Users.Where(u => u.UserName == "agent2").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue).SetProperty(u => u.AccessFailedCount, 4)));

        (await ActAsync((s, a) => s.UnlockAsync(IdOf("agent2"), a))).Errors.ShouldBeEmpty();

        var user = await UserAsync("agent2");
        user.LockoutEnd.ShouldBeNull();
        user.AccessFailedCount.ShouldBe(0);
    }

    [Fact]
    public async Task Only_administrators_may_act_on_accounts()
    {
        var supervisor = await _db.ActorAsync("supervisor");

        var result = await _db.RunAsync<UserAdminService, ServiceResult<string>>(s => s.DeactivateAsync(IdOf("agent"), supervisor));

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.AdminOnly)]);
        (await UserAsync("agent")).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task The_list_filters_by_role_unit_and_state()
    {
        var heating = await UnitIdAsync("heating");

        var liaisons = await ListAsync(new UserFilter { Role = Role.Liaison, UnitId = heating });
        var deactivated = await ListAsync(new UserFilter { Active = false });
        var byName = await ListAsync(new UserFilter { Text = "晓燕" });

        liaisons.Items.ShouldHaveSingleItem().UserName.ShouldBe("liaison-heating");
        deactivated.TotalCount.ShouldBe(0);
        byName.Items.ShouldHaveSingleItem().UserName.ShouldBe("agent");
        (await ListAsync(new UserFilter())).Items.Count.ShouldBe(UserDirectory.PageSize);
    }

    private string IdOf(string userName) => _db.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync()).GetAwaiter().GetResult();

    private Task<HotlineUser> UserAsync(string userName) => _db.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    private Task<List<string>> RolesAsync(string userName) => _db.QueryAsync(db =>
        (from u in db.Users where u.UserName == userName join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id select r.Name!).ToListAsync());

    private Task<int> UnitIdAsync(string code) => _db.QueryAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<List<AuditEntry>> AuditAsync(string subject) =>
        _db.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Area == AuditAreas.User && e.Subject == subject).OrderByDescending(e => e.Id).ToListAsync());

    private async Task<bool> PasswordWorksAsync(string userName, string password)
    {
        await using var scope = _db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HotlineUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }

    private async Task<bool> CanSignInAsync(string userName)
    {
        await using var scope = _db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HotlineUser>>();
        return await scope.ServiceProvider.GetRequiredService<IUserConfirmation<HotlineUser>>().IsConfirmedAsync(users, (await users.FindByNameAsync(userName))!);
    }

    private async Task<ServiceResult<CreatedAccount>> CreateAsync(UserInput input) =>
        await _db.RunAsync<UserAdminService, ServiceResult<CreatedAccount>>(async s => await s.CreateAsync(input, await _db.ActorAsync()));

    private async Task<UserInput> FormAsync(string userName, Action<UserInput> change)
    {
        var detail = (await _db.RunAsync<UserDirectory, UserDetail?>(d => d.GetAsync(IdOf(userName)))).ShouldNotBeNull();
        var input = new UserInput { Id = detail.Id, DisplayName = detail.DisplayName, Roles = [.. detail.Roles], UnitId = detail.UnitId, ConcurrencyStamp = detail.ConcurrencyStamp };
        change(input);
        return input;
    }

    private async Task<ServiceResult<string>> UpdateAsync(string userName, Action<UserInput> change)
    {
        var input = await FormAsync(userName, change);
        return await _db.RunAsync<UserAdminService, ServiceResult<string>>(async s => await s.UpdateAsync(input, await _db.ActorAsync()));
    }

    private async Task<ServiceResult<string>> ActAsync(Func<UserAdminService, Actor, Task<ServiceResult<string>>> act)
    {
        var actor = await _db.ActorAsync();
        return await _db.RunAsync<UserAdminService, ServiceResult<string>>(s => act(s, actor));
    }

    private Task<PagedList<UserRow>> ListAsync(UserFilter filter) => _db.RunAsync<UserDirectory, PagedList<UserRow>>(d => d.ListAsync(filter));
}
