using Hotline.Domain.Tickets;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Intake;

public sealed class CallerHistoryTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Lists_the_callers_tickets_newest_first_and_at_most_the_history_size()
    {
        const string phone = "13905351111";
        var heating = await App.CategoryIdAsync("utilities-heating");
        var numbers = new List<string>();
        for (var i = 0; i < IntakeService.HistorySize + 3; i++)
        {
            numbers.Add(await App.RegisterAsync(IntakeInputs.Register(heating, phone: phone)));
            App.Clock.Advance(TimeSpan.FromMinutes(7));
        }

        await App.RegisterAsync(IntakeInputs.Register(heating, phone: "13905352222"));

        var history = await HistoryAsync(phone);

        history.Count.ShouldBe(IntakeService.HistorySize);
        history.Select(h => h.Number).ShouldBe(numbers.AsEnumerable().Reverse().Take(IntakeService.HistorySize));
        history.Select(h => h.RegisteredAt).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task Shows_the_suggested_unit_until_dispatch_then_the_lead_unit()
    {
        const string phone = "13905353333";
        var pending = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: phone));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var dispatched = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-water-outage"),
            IntakeInputs.WaterContent, phone));
        await App.DispatchAsync(dispatched, "water");

        var history = await HistoryAsync(phone);

        history.Select(h => h.Number).ShouldBe([dispatched, pending]);
        var water = history[0];
        water.Unit.ShouldNotBeNull().Zh.ShouldBe("市自来水有限公司");
        water.Status.ShouldBe(TicketStatus.Dispatched);
        water.Category.Zh.ShouldBe("停水");
        water.Content.ShouldBe(IntakeInputs.WaterContent);
        water.IsOpen.ShouldBeTrue();
        history[1].Unit.ShouldNotBeNull().Zh.ShouldBe("市热力有限公司");
        history[1].Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public async Task A_directly_answered_ticket_shows_as_closed()
    {
        const string phone = "13905354444";
        await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), null, "已当场答复。", phone),
            IntakeAction.AnswerDirectly);

        var history = await HistoryAsync(phone);

        var answered = history.ShouldHaveSingleItem();
        answered.Status.ShouldBe(TicketStatus.Closed);
        answered.IsOpen.ShouldBeFalse();
        answered.Unit.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("12345")]
    [InlineData("not a phone")]
    public async Task Is_empty_for_an_invalid_phone(string? phone)
    {
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        (await HistoryAsync(phone)).ShouldBeEmpty();
    }

    private Task<IReadOnlyList<CallerTicket>> HistoryAsync(string? phone) =>
        App.UseAsync<IntakeService, IReadOnlyList<CallerTicket>>(s => s.GetHistoryAsync(phone));
}
