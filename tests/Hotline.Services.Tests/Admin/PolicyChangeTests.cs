using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Services.Intake;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Admin;

/// <summary>Deadlines are computed when a clock starts and stored: editing the rules never moves them.</summary>
public sealed class PolicyChangeTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_policy_change_does_not_move_a_stored_dispatch_deadline_but_applies_to_the_next_ticket()
    {
        var registeredAt = _db.Clock.GetUtcNow();
        var before = await RegisterConsultationAsync();
        (await DispatchDueAsync(before)).ShouldBe(registeredAt.AddHours(1));

        var row = (await _db.RunAsync<PolicyAdminService, IReadOnlyList<PolicyRow>>(s => s.ListAsync()))
            .Single(r => r.RequestType == RequestType.Consultation);
        var update = await _db.RunAsync<PolicyAdminService, ServiceResult<uint>>(async s => await s.UpdateAsync(
            PolicyAdminTests.Input(row, dispatch: new LimitInput { Amount = 4, Unit = DurationUnit.Hours }), await _db.ActorAsync()));
        update.Succeeded.ShouldBeTrue();

        _db.Clock.Advance(TimeSpan.FromMinutes(10));
        var after = await RegisterConsultationAsync();

        (await DispatchDueAsync(before)).ShouldBe(registeredAt.AddHours(1));
        (await DispatchDueAsync(after)).ShouldBe(registeredAt.AddMinutes(10).AddHours(4));
    }

    [Fact]
    public async Task A_calendar_change_does_not_move_a_stored_dispatch_deadline()
    {
        // Make the consultation's dispatch limit a working-days clock, register, then declare tomorrow a holiday.
        var row = (await _db.RunAsync<PolicyAdminService, IReadOnlyList<PolicyRow>>(s => s.ListAsync()))
            .Single(r => r.RequestType == RequestType.Consultation);
        (await _db.RunAsync<PolicyAdminService, ServiceResult<uint>>(async s => await s.UpdateAsync(
            PolicyAdminTests.Input(row, dispatch: new LimitInput { Amount = 1, Unit = DurationUnit.WorkingDays }), await _db.ActorAsync())))
            .Succeeded.ShouldBeTrue();
        var ticket = await RegisterConsultationAsync();
        var stored = await DispatchDueAsync(ticket);
        stored.ShouldBe(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.FromHours(8)));

        (await _db.RunAsync<CalendarAdminService, ServiceResult<DateOnly>>(async s => await s.MarkAsync(
            new CalendarMarkInput { Date = new DateOnly(2026, 11, 24), Mark = CalendarMark.Holiday, Name = "测试" }, await _db.ActorAsync())))
            .Succeeded.ShouldBeTrue();

        (await DispatchDueAsync(ticket)).ShouldBe(stored);
    }

    private async Task<string> RegisterConsultationAsync()
    {
        var categoryId = await _db.QueryAsync(db => db.Categories.Where(c => c.ParentId != null && c.IsActive).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var agent = await _db.ActorAsync("agent");
        var input = new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = "13805350001",
            RequestType = RequestType.Consultation,
            CategoryId = categoryId,
            Urgency = Urgency.Normal,
            Content = "咨询供暖收费标准和缴费时间的问题。",
        };
        var result = await _db.RunAsync<IntakeService, ServiceResult<IntakeOutcome>>(s => s.ExecuteAsync(input, IntakeAction.Register, agent));
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors));
        return result.Value!.TicketNumber!;
    }

    private async Task<DateTimeOffset> DispatchDueAsync(string number) =>
        (await _db.QueryAsync(db => db.Tickets.AsNoTracking().Where(t => t.Number == number).Select(t => t.DispatchDueAt).SingleAsync()))!.Value;
}
