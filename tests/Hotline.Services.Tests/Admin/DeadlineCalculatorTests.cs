using Hotline.Services.Admin;
using Hotline.Services.Common;

namespace Hotline.Services.Tests.Admin;

public sealed class DeadlineCalculatorTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    // Spring Festival: Saturday 02-14 is worked, 02-15..23 are off.
    [InlineData("2026-02-13T16:00", "3", "WorkingDays", "2026-02-26T00:00:00+08:00")]
    [InlineData("2026-02-13T16:00", "3", "WorkingHours", "2026-02-14T10:00:00+08:00")]
    // National Day: 10-01..07 off; counting from 10-08, so Saturday 10-10 (worked) is the third day.
    [InlineData("2026-09-30T10:00", "2", "WorkingDays", "2026-10-10T00:00:00+08:00")]
    [InlineData("2026-09-30T10:00", "3", "WorkingDays", "2026-10-11T00:00:00+08:00")]
    [InlineData("2026-09-30 17:00", "2", "workinghours", "2026-10-08T10:00:00+08:00")]
    [InlineData("2026-02-13T16:00", "90", "Minutes", "2026-02-13T17:30:00+08:00")]
    [InlineData("2026-02-13T16:00:00", "10", "Hours", "2026-02-14T02:00:00+08:00")]
    [InlineData("2026-02-13", "0", "WorkingDays", "2026-02-13T00:00:00+08:00")]
    public async Task The_calculator_answers_with_the_engine_s_due_time_in_local_time(string start, string amount, string unit, string expected)
    {
        var result = await CalculateAsync(new CalculatorInput(start, amount, unit));

        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors));
        result.Value!.DueAtIso.ShouldBe(expected);
        result.Value.YearsWithoutData.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_working_days_answer_says_which_day_it_ends()
    {
        var answer = (await CalculateAsync(new CalculatorInput("2026-02-13T16:00", "3", "WorkingDays"))).Value!;

        answer.DueAtEndOfDay.ShouldBeTrue();
        answer.LastDay.ShouldBe(new DateOnly(2026, 2, 25));
    }

    [Fact]
    public async Task A_year_without_calendar_data_is_reported()
    {
        var answer = (await CalculateAsync(new CalculatorInput("2027-03-01T09:00", "2", "WorkingDays"))).Value!;

        answer.DueAtIso.ShouldBe("2027-03-04T00:00:00+08:00");
        answer.YearsWithoutData.ShouldBe([2027]);
    }

    [Theory]
    [InlineData(null, "3", "WorkingDays", "Start", "Calculator.Start.Required")]
    [InlineData("2026-02-30T16:00", "3", "WorkingDays", "Start", "Calculator.Start.Invalid")]
    [InlineData("13/02/2026 16:00", "3", "WorkingDays", "Start", "Calculator.Start.Invalid")]
    [InlineData("0001-01-01T00:00", "3", "WorkingDays", "Start", "Validation.Date.OutOfRange")]
    [InlineData("9999-12-31T23:59", "3", "WorkingDays", "Start", "Validation.Date.OutOfRange")]
    [InlineData("2026-02-13T16:00", "", "WorkingDays", "Amount", "Calculator.Amount.Required")]
    [InlineData("2026-02-13T16:00", "-1", "WorkingDays", "Amount", "Calculator.Amount.Invalid")]
    [InlineData("2026-02-13T16:00", "three", "WorkingDays", "Amount", "Calculator.Amount.Invalid")]
    [InlineData("2026-02-13T16:00", "1.5", "WorkingDays", "Amount", "Calculator.Amount.Invalid")]
    [InlineData("2026-02-13T16:00", "1000", "WorkingDays", "Amount", "Calculator.Amount.Invalid")]
    [InlineData("2026-02-13T16:00", "3", null, "Unit", "Calculator.Unit.Required")]
    [InlineData("2026-02-13T16:00", "3", "Fortnights", "Unit", "Calculator.Unit.Invalid")]
    [InlineData("2026-02-13T16:00", "3", "4", "Unit", "Calculator.Unit.Invalid")]
    [InlineData("2026-02-13T16:00", "3", "Minutes,Hours", "Unit", "Calculator.Unit.Invalid")]
    public async Task Bad_input_is_refused_with_a_message_for_the_field(string? start, string? amount, string? unit, string field, string key)
    {
        var result = await CalculateAsync(new CalculatorInput(start, amount, unit));

        result.Errors.ShouldBe([new ServiceError(field, key)]);
    }

    private Task<ServiceResult<CalculatorAnswer>> CalculateAsync(CalculatorInput input) =>
        _db.RunAsync<DeadlineCalculatorService, ServiceResult<CalculatorAnswer>>(s => s.CalculateAsync(input));
}
