using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Admin;

/// <summary>The review policy (审核) beside the deadline policy: seeded, edited by administrators only, guarded by its row version.</summary>
public sealed class ReviewPolicyAdminTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AdminDatabaseFixture.CreateAsync();
        await _db.QueryAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.ReviewPolicyOn));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task One_row_per_request_type_complaints_and_reports_always_and_every_type_when_supervised()
    {
        var rows = await ListAsync();

        rows.Select(r => r.RequestType).ShouldBe(Enum.GetValues<RequestType>());
        rows.Where(r => r.Always).Select(r => r.RequestType).ShouldBe([RequestType.Complaint, RequestType.Report]);
        rows.ShouldAllBe(r => r.WhenSupervised && r.Limit == ReviewPolicy.DefaultLimit && r.Version != 0);
    }

    [Fact]
    public async Task An_administrator_saves_a_row_and_a_save_on_a_stale_version_is_refused()
    {
        var seen = (await ListAsync()).Single(r => r.RequestType == RequestType.HelpRequest);

        var first = await UpdateAsync(Input(seen, always: true, new LimitInput { Amount = 4, Unit = DurationUnit.WorkingHours }));
        var second = await UpdateAsync(Input(seen, always: false, new LimitInput { Amount = 2, Unit = DurationUnit.WorkingDays }));

        first.Errors.ShouldBeEmpty();
        second.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.Concurrency)]);
        var saved = (await ListAsync()).Single(r => r.RequestType == RequestType.HelpRequest);
        (saved.Always, saved.Limit).ShouldBe((true, TimeLimit.WorkingHours(4)));
    }

    [Fact]
    public async Task Anyone_but_an_administrator_and_a_limit_without_its_unit_are_refused()
    {
        var row = (await ListAsync()).Single(r => r.RequestType == RequestType.Complaint);

        (await UpdateAsync(Input(row, always: false, LimitInput.From(row.Limit)), "supervisor")).Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.AdminOnly)]);
        (await UpdateAsync(Input(row, always: false, new LimitInput { Amount = 3 }))).Succeeded.ShouldBeFalse();

        (await ListAsync()).Single(r => r.RequestType == RequestType.Complaint).Always.ShouldBeTrue();
    }

    private static ReviewPolicyInput Input(ReviewPolicyRow row, bool always, LimitInput limit) =>
        new() { Id = row.Id, Version = row.Version, Always = always, WhenSupervised = row.WhenSupervised, Limit = limit };

    private Task<IReadOnlyList<ReviewPolicyRow>> ListAsync() => _db.RunAsync<ReviewPolicyAdminService, IReadOnlyList<ReviewPolicyRow>>(s => s.ListAsync());

    private Task<ServiceResult<uint>> UpdateAsync(ReviewPolicyInput input, string user = "admin") =>
        _db.RunAsync<ReviewPolicyAdminService, ServiceResult<uint>>(async s => await s.UpdateAsync(input, await _db.ActorAsync(user)));
}
