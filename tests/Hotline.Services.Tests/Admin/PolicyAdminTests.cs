using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Admin;

public sealed class PolicyAdminTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_table_lists_the_urgent_row_first_then_one_row_per_request_type()
    {
        var rows = await ListAsync();

        rows.Count.ShouldBe(7);
        rows[0].RequestType.ShouldBeNull();
        rows[0].Urgency.ShouldBe(Urgency.Urgent);
        rows[0].Dispatch.ShouldBe(TimeLimit.Minutes(15));
        rows.Skip(1).Select(r => r.RequestType).ShouldBe(
            [RequestType.Consultation, RequestType.HelpRequest, RequestType.Complaint, RequestType.Report, RequestType.Suggestion, RequestType.Praise]);
        rows.ShouldAllBe(r => r.Version != 0);
    }

    [Fact]
    public async Task An_update_saves_the_limits_with_the_time_and_a_new_version()
    {
        var row = await RowAsync(RequestType.Complaint);
        _db.Clock.Advance(TimeSpan.FromHours(2));

        var result = await UpdateAsync(Input(row, resolve: new LimitInput { Amount = 7, Unit = DurationUnit.WorkingDays }));

        result.Succeeded.ShouldBeTrue();
        var saved = await RowAsync(RequestType.Complaint);
        saved.Resolve.ShouldBe(TimeLimit.WorkingDays(7));
        saved.Dispatch.ShouldBe(row.Dispatch);
        saved.UpdatedAt.ShouldBe(_db.Clock.GetUtcNow());
        saved.Version.ShouldNotBe(row.Version);
        saved.Version.ShouldBe(result.Value);
    }

    [Fact]
    public async Task A_save_based_on_a_stale_version_is_refused_and_the_first_save_stays()
    {
        var seenByBoth = await RowAsync(RequestType.Complaint);
        var first = await UpdateAsync(Input(seenByBoth, resolve: new LimitInput { Amount = 7, Unit = DurationUnit.WorkingDays }));
        first.Succeeded.ShouldBeTrue();

        var second = await UpdateAsync(Input(seenByBoth, resolve: new LimitInput { Amount = 3, Unit = DurationUnit.WorkingDays }));

        second.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.Concurrency)]);
        (await RowAsync(RequestType.Complaint)).Resolve.ShouldBe(TimeLimit.WorkingDays(7));
    }

    [Fact]
    public async Task Reloading_after_a_conflict_lets_the_second_administrator_save()
    {
        var seenByBoth = await RowAsync(RequestType.Complaint);
        (await UpdateAsync(Input(seenByBoth, resolve: new LimitInput { Amount = 7, Unit = DurationUnit.WorkingDays }))).Succeeded.ShouldBeTrue();

        var reloaded = await RowAsync(RequestType.Complaint);
        var result = await UpdateAsync(Input(reloaded, resolve: new LimitInput { Amount = 3, Unit = DurationUnit.WorkingDays }));

        result.Succeeded.ShouldBeTrue();
        (await RowAsync(RequestType.Complaint)).Resolve.ShouldBe(TimeLimit.WorkingDays(3));
    }

    [Theory]
    [InlineData(-1, DurationUnit.Hours, "Dispatch.Amount", "Policy.Amount.Range")]
    [InlineData(1000, DurationUnit.Hours, "Dispatch.Amount", "Policy.Amount.Range")]
    [InlineData(null, DurationUnit.Hours, "Dispatch.Amount", "Policy.Amount.Required")]
    [InlineData(4, null, "Dispatch.Unit", "Policy.Unit.Invalid")]
    [InlineData(4, (DurationUnit)9, "Dispatch.Unit", "Policy.Unit.Invalid")]
    public async Task Out_of_range_amounts_and_unknown_units_are_refused(int? amount, DurationUnit? unit, string field, string key)
    {
        var row = await RowAsync(RequestType.HelpRequest);

        var result = await UpdateAsync(Input(row, dispatch: new LimitInput { Amount = amount, Unit = unit }));

        result.Errors.ShouldBe([new ServiceError(field, key)]);
        (await RowAsync(RequestType.HelpRequest)).ShouldBe(row);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    public async Task The_amount_bounds_are_accepted(int amount)
    {
        var row = await RowAsync(RequestType.HelpRequest);

        var result = await UpdateAsync(Input(row, callback: new LimitInput { Amount = amount, Unit = DurationUnit.WorkingDays }));

        result.Succeeded.ShouldBeTrue();
        (await RowAsync(RequestType.HelpRequest)).Callback.ShouldBe(TimeLimit.WorkingDays(amount));
    }

    [Fact]
    public async Task An_unknown_row_is_refused()
    {
        var row = await RowAsync(RequestType.HelpRequest);

        var result = await UpdateAsync(Input(row with { Id = 9999 }));

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Policy.Error.NotFound")]);
    }

    [Fact]
    public async Task Only_an_administrator_may_change_a_policy()
    {
        var row = await RowAsync(RequestType.HelpRequest);

        var result = await UpdateAsync(Input(row, dispatch: new LimitInput { Amount = 8, Unit = DurationUnit.Hours }), "supervisor");

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.AdminOnly)]);
        (await RowAsync(RequestType.HelpRequest)).ShouldBe(row);
    }

    [Fact]
    public async Task The_policy_in_force_for_new_clocks_is_the_updated_one()
    {
        var row = await RowAsync(RequestType.Consultation);
        (await UpdateAsync(Input(row, dispatch: new LimitInput { Amount = 2, Unit = DurationUnit.Hours }))).Succeeded.ShouldBeTrue();

        var policy = await _db.RunAsync<Hotline.Services.Deadlines.DeadlineService, DeadlinePolicy>(s => s.PolicyForAsync(RequestType.Consultation, Urgency.Normal));

        policy.Dispatch.ShouldBe(TimeLimit.Hours(2));
    }

    internal static PolicyInput Input(PolicyRow row, LimitInput? dispatch = null, LimitInput? resolve = null, LimitInput? callback = null) => new()
    {
        Id = row.Id,
        Version = row.Version,
        Dispatch = dispatch ?? LimitInput.From(row.Dispatch),
        SignFor = LimitInput.From(row.SignFor),
        FirstContact = LimitInput.From(row.FirstContact),
        Resolve = resolve ?? LimitInput.From(row.Resolve),
        Callback = callback ?? LimitInput.From(row.Callback),
    };

    private Task<IReadOnlyList<PolicyRow>> ListAsync() => _db.RunAsync<PolicyAdminService, IReadOnlyList<PolicyRow>>(s => s.ListAsync());

    private async Task<PolicyRow> RowAsync(RequestType type) =>
        (await ListAsync()).Single(r => r.RequestType == type && r.Urgency == Urgency.Normal);

    private Task<ServiceResult<uint>> UpdateAsync(PolicyInput input, string user = "admin") =>
        _db.RunAsync<PolicyAdminService, ServiceResult<uint>>(async s => await s.UpdateAsync(input, await _db.ActorAsync(user)));
}
