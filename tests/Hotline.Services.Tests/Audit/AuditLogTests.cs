using Hotline.Domain.Deadlines;
using Hotline.Services.Admin;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Admin;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hotline.Services.Tests.Audit;

public sealed class AuditLogTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Policy_calendar_office_hours_and_weight_changes_are_audited_with_before_and_after()
    {
        var admin = await _db.ActorAsync();
        var policy = (await _db.RunAsync<PolicyAdminService, IReadOnlyList<PolicyRow>>(s => s.ListAsync()))[0];
        (await _db.RunAsync<PolicyAdminService, ServiceResult<uint>>(s => s.UpdateAsync(new PolicyInput
        {
            Id = policy.Id,
            Version = policy.Version,
            Dispatch = new LimitInput { Amount = 10, Unit = DurationUnit.Minutes },
            SignFor = Limit(policy.SignFor),
            FirstContact = Limit(policy.FirstContact),
            Resolve = Limit(policy.Resolve),
            Callback = Limit(policy.Callback),
        }, admin))).Errors.ShouldBeEmpty();
        (await _db.RunAsync<CalendarAdminService, ServiceResult<DateOnly>>(s => s.MarkAsync(new CalendarMarkInput { Date = new DateOnly(2026, 12, 2), Mark = CalendarMark.Holiday, Name = "测试假日" }, admin))).Errors.ShouldBeEmpty();
        (await _db.RunAsync<CalendarAdminService, ServiceResult<string>>(s => s.UpdateOfficeHoursAsync(new OfficeHoursInput { Text = "09:00-12:00,14:00-18:00" }, admin))).Errors.ShouldBeEmpty();
        var current = await _db.RunAsync<KpiWeightsService, string>(s => s.CurrentAsync());
        (await _db.RunAsync<KpiWeightsService, ServiceResult<Domain.Performance.KpiWeights>>(s => s.SaveAsync(new KpiWeightsInput
        {
            SignFor = 20,
            FirstResponse = 10,
            OnTimeCompletion = 30,
            Satisfaction = 20,
            Solved = 20,
            Current = current,
        }, admin))).Errors.ShouldBeEmpty();

        var entries = await _db.QueryAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

        entries.Select(e => (e.Area, e.Action)).ShouldBe([
            (AuditAreas.Policy, "Update"), (AuditAreas.Calendar, "Mark"), (AuditAreas.Settings, "OfficeHours"), (AuditAreas.Settings, "KpiWeights")]);
        entries.ShouldAllBe(e => e.ActorId == admin.UserId && e.ActorName == admin.DisplayName && e.At == _db.Clock.GetUtcNow());
        entries[0].Before!.ShouldContain("15 Minutes");
        entries[0].After!.ShouldContain("10 Minutes");
        entries[1].After!.ShouldContain("测试假日");
        entries[2].After!.ShouldContain("09:00");
    }

    [Fact]
    public async Task A_refused_change_writes_no_audit_entry()
    {
        var admin = await _db.ActorAsync();

        var result = await _db.RunAsync<CalendarAdminService, ServiceResult<string>>(s => s.UpdateOfficeHoursAsync(new OfficeHoursInput { Text = "nonsense" }, admin));

        result.Succeeded.ShouldBeFalse();
        (await _db.QueryAsync(db => db.AuditEntries.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_even_in_SQL()
    {
        await _db.RunAsync<AuditLog, bool>(async log =>
        {
            await log.RecordNowAsync(null, "someone", AuditAreas.SignIn, "SignInFailed", "someone", null, null);
            return true;
        });

        var update = await Should.ThrowAsync<PostgresException>(() => _db.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET actor_name = 'x'")));
        var delete = await Should.ThrowAsync<PostgresException>(() => _db.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries")));

        update.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        delete.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await _db.QueryAsync(db => db.AuditEntries.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task The_list_is_newest_first_and_filters_by_area_text_and_dates()
    {
        for (var i = 0; i < 3; i++)
        {
            await _db.RunAsync<AuditLog, bool>(async log =>
            {
                await log.RecordNowAsync(null, $"guess{i}", AuditAreas.SignIn, "SignInFailed", $"guess{i}", null, null);
                return true;
            });
            _db.Clock.Advance(TimeSpan.FromDays(1));
        }

        var all = await ListAsync(new AuditFilter());
        var one = await ListAsync(new AuditFilter { Text = "guess1" });
        var none = await ListAsync(new AuditFilter { Area = AuditAreas.Unit });
        var lastDay = await ListAsync(new AuditFilter { From = new DateOnly(2026, 11, 25), To = new DateOnly(2026, 11, 25) });

        all.Items.Select(e => e.Subject).ShouldBe(["guess2", "guess1", "guess0"]);
        one.Items.ShouldHaveSingleItem().Anonymous.ShouldBeTrue();
        none.TotalCount.ShouldBe(0);
        lastDay.Items.ShouldHaveSingleItem().Subject.ShouldBe("guess2");
    }

    private Task<PagedList<AuditRow>> ListAsync(AuditFilter filter) => _db.RunAsync<AuditLog, PagedList<AuditRow>>(s => s.ListAsync(filter));

    private static LimitInput Limit(TimeLimit limit) => new() { Amount = limit.Amount, Unit = limit.Unit };
}
