using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Dispatch;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Supervision;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>
/// A ticket a supervisor flagged (督办) while it waits for dispatch carries its level and note in the queue and goes on
/// top of it, key before normal, before the usual urgent-then-deadline order.
/// </summary>
public sealed class DispatchQueueSupervisionTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_supervised_ticket_carries_its_level_and_note_and_a_plain_one_carries_none()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var supervised = await App.RegisterAsync(IntakeInputs.Register(heating));
        var plain = await App.RegisterAsync(IntakeInputs.Register(heating));
        (await App.SuperviseAsync(supervised, SupervisionLevel.Key, note: "请立即派给热力公司，今日内上门。")).Errors.ShouldBeEmpty();

        var queue = await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax });

        var byNumber = queue.Items.ToDictionary(i => i.Number);
        (byNumber[supervised].Supervision, byNumber[supervised].SupervisionNote).ShouldBe((SupervisionLevel.Key, "请立即派给热力公司，今日内上门。"));
        (byNumber[plain].Supervision, byNumber[plain].SupervisionNote).ShouldBe((null, null));
    }

    [Fact]
    public async Task Key_supervision_then_normal_supervision_then_urgent_then_the_earliest_dispatch_deadline()
    {
        var water = await App.CategoryIdAsync("utilities-water-outage");
        var plain = await App.RegisterAsync(IntakeInputs.Register(water, type: RequestType.Consultation));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var urgent = await App.RegisterAsync(IntakeInputs.Register(water, urgency: Urgency.Urgent));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var normal = await App.RegisterAsync(IntakeInputs.Register(water));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var key = await App.RegisterAsync(IntakeInputs.Register(water));
        (await App.SuperviseAsync(normal, SupervisionLevel.Normal)).Errors.ShouldBeEmpty();
        (await App.SuperviseAsync(key, SupervisionLevel.Key)).Errors.ShouldBeEmpty();

        var queue = await App.QueueAsync(new DispatchQueueFilter { CategoryId = water, PageSize = Limits.PageSizeMax });

        // The key one was registered last and is due last, the normal one is due after the urgent and the plain one.
        queue.Items.Select(i => i.Number).ShouldBe([key, normal, urgent, plain]);
        var all = await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax });
        all.Items.ShouldBe(all.Items.OrderByDescending(i => i.Supervision ?? 0).ThenByDescending(i => i.Urgency).ThenBy(i => i.DispatchDueAt).ToList());
    }

    [Fact]
    public async Task Pages_of_a_filtered_queue_hold_each_ticket_once_with_the_supervised_ones_first()
    {
        var construction = await App.CategoryIdAsync("urban-illegal-construction");
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add(await App.RegisterAsync(IntakeInputs.Register(construction, "小区楼顶有人私搭乱建彩钢板房，请尽快查处。")));
            App.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        (await App.SuperviseAsync(numbers[3], SupervisionLevel.Normal)).Errors.ShouldBeEmpty();
        (await App.SuperviseAsync(numbers[4], SupervisionLevel.Normal)).Errors.ShouldBeEmpty();

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var read = await App.QueueAsync(new DispatchQueueFilter { CategoryId = construction, Page = page, PageSize = 2 });
            read.TotalCount.ShouldBe(5);
            pages.AddRange(read.Items.Select(i => i.Number));
        }

        pages.ShouldBe([numbers[3], numbers[4], numbers[0], numbers[1], numbers[2]]);
    }

    [Fact]
    public async Task Lifting_the_supervision_puts_the_ticket_back_in_its_usual_place()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var earlier = await App.RegisterAsync(IntakeInputs.Register(heating, type: RequestType.Suggestion));
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await App.RegisterAsync(IntakeInputs.Register(heating, type: RequestType.Suggestion));
        (await App.SuperviseAsync(later, SupervisionLevel.Normal)).Errors.ShouldBeEmpty();
        var version = await App.VersionAsync(later);

        (await App.AsSupervisorAsync((s, actor) => s.LiftAsync(later, new LiftSupervisionInput { Note = "已电话确认，按常规派单", Version = version }, actor)))
            .Errors.ShouldBeEmpty();

        var queue = await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax });
        queue.Items.Select(i => i.Number).Where(n => n == earlier || n == later).ShouldBe([earlier, later]);
        queue.Items.Single(i => i.Number == later).Supervision.ShouldBeNull();
    }
}
