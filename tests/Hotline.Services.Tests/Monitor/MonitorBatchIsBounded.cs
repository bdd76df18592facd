using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Monitor;

/// <summary>A round marks at most a batch, earliest deadline first; the rest wait for the next round.</summary>
public sealed class MonitorBatchIsBounded(MonitorDatabaseFixture app) : DatabaseTest<MonitorDatabaseFixture>(app), IClassFixture<MonitorDatabaseFixture>
{
    [Fact]
    public async Task Rounds_of_two_mark_five_overdue_clocks_in_three_rounds_earliest_first()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add(await App.DispatchedUrgentAsync());
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        App.Clock.Advance(TimeSpan.FromHours(1));

        (await App.RunMonitorAsync(o => o.MonitorBatchSize = 2)).ShouldBe(2);
        (await MarksAsync(numbers)).ShouldBe([WarningMark.SignForOverdue, WarningMark.SignForOverdue,
            WarningMark.None, WarningMark.None, WarningMark.None]);
        (await App.RunMonitorAsync(o => o.MonitorBatchSize = 2)).ShouldBe(2);
        (await App.RunMonitorAsync(o => o.MonitorBatchSize = 2)).ShouldBe(1);
        (await App.RunMonitorAsync(o => o.MonitorBatchSize = 2)).ShouldBe(0);
        (await MarksAsync(numbers)).ShouldAllBe(m => m == WarningMark.SignForOverdue);
    }

    private async Task<List<WarningMark>> MarksAsync(IEnumerable<string> numbers)
    {
        var marks = new List<WarningMark>();
        foreach (var number in numbers)
        {
            marks.Add((await App.AssignmentAsync(number)).Warning);
        }

        return marks;
    }
}
