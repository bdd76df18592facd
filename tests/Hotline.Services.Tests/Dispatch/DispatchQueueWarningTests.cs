using Hotline.Domain.Common;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>
/// The queue marks each ticket's dispatch clock as it stands now: yellow (黄牌) once no more than a quarter of the
/// dispatch limit is left, red (红牌) once the deadline has passed. Meeting the deadline exactly is not late.
/// </summary>
public sealed class DispatchQueueWarningTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Theory]
    // Registered 10:00, due 10:15: a quarter of fifteen minutes is 3 min 45 s.
    [InlineData(0, WarningLevel.None)]
    [InlineData(11 * 60 + 14, WarningLevel.None)]
    [InlineData(11 * 60 + 15, WarningLevel.Yellow)]
    [InlineData(15 * 60, WarningLevel.Yellow)]
    [InlineData(15 * 60 + 1, WarningLevel.Red)]
    [InlineData(3 * 3600, WarningLevel.Red)]
    public async Task An_urgent_ticket_turns_yellow_with_a_quarter_of_its_fifteen_minutes_left_and_red_once_overdue(int secondsLater, WarningLevel expected)
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"),
            type: RequestType.HelpRequest, urgency: Urgency.Urgent));

        App.Clock.Advance(TimeSpan.FromSeconds(secondsLater));

        (await RowAsync(number)).Warning.ShouldBe(expected);
    }

    [Theory]
    // Registered 10:00, due 14:00: the last hour is yellow.
    [InlineData(2 * 60 + 59, WarningLevel.None)]
    [InlineData(3 * 60, WarningLevel.Yellow)]
    [InlineData(4 * 60, WarningLevel.Yellow)]
    [InlineData(4 * 60 + 1, WarningLevel.Red)]
    public async Task A_normal_complaint_turns_yellow_in_the_last_hour_of_its_four_and_red_once_overdue(int minutesLater, WarningLevel expected)
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        App.Clock.Advance(TimeSpan.FromMinutes(minutesLater));

        (await RowAsync(number)).Warning.ShouldBe(expected);
    }

    [Fact]
    public async Task The_same_ticket_is_marked_anew_each_time_the_queue_is_read()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), urgency: Urgency.Urgent));

        var fresh = await RowAsync(number);
        App.Clock.Advance(TimeSpan.FromMinutes(12));
        var nearlyDue = await RowAsync(number);
        App.Clock.Advance(TimeSpan.FromMinutes(4));
        var overdue = await RowAsync(number);

        (fresh.Warning, nearlyDue.Warning, overdue.Warning).ShouldBe((WarningLevel.None, WarningLevel.Yellow, WarningLevel.Red));
    }

    private async Task<QueueItem> RowAsync(string number) =>
        (await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax })).Items.Single(i => i.Number == number);
}
