using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;

namespace Hotline.Services.Tests.Deadlines;

public sealed class DispatchDeadlineTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    // Saturday 2026-11-28 23:50 local: natural clocks run through the night and the weekend.
    private static readonly DateTimeOffset SaturdayNight = new(2026, 11, 28, 15, 50, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RequestType.Consultation, Urgency.Urgent, 15)]
    [InlineData(RequestType.Complaint, Urgency.Urgent, 15)]
    [InlineData(RequestType.Praise, Urgency.Urgent, 15)]
    [InlineData(RequestType.Consultation, Urgency.Normal, 60)]
    [InlineData(RequestType.HelpRequest, Urgency.Normal, 240)]
    [InlineData(RequestType.Complaint, Urgency.Normal, 240)]
    [InlineData(RequestType.Report, Urgency.Normal, 240)]
    [InlineData(RequestType.Suggestion, Urgency.Normal, 240)]
    public async Task The_dispatch_deadline_comes_from_the_policy_table(RequestType type, Urgency urgency, int minutes)
    {
        var due = await App.UseAsync<DeadlineService, DateTimeOffset>(s => s.DispatchDueAsync(type, urgency, SaturdayNight));

        due.ShouldBe(SaturdayNight.AddMinutes(minutes));
        due.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_registration_stores_the_policys_dispatch_deadline()
    {
        var urgent = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"),
            "暖气漏水了，水一直往楼下流，请尽快派人来关阀门。", type: RequestType.HelpRequest, urgency: Urgency.Urgent));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var consultation = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"),
            "市民想了解今年供暖期从哪一天开始。", type: RequestType.Consultation));

        (await App.TicketAsync(urgent)).DispatchDueAt.ShouldBe(TestDatabase.DefaultNow.AddMinutes(15));
        (await App.TicketAsync(consultation)).DispatchDueAt.ShouldBe(TestDatabase.DefaultNow.AddMinutes(1 + 60));
    }
}
