using Hotline.Domain.Tickets;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Workbench;

namespace Hotline.Services.Tests.Supervision;

/// <summary>The unit sees supervised tickets on top of its workbench (key before normal), with the note and the deadline in force.</summary>
public sealed class SupervisedFirstOnTheWorkbenchTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Key_supervision_then_normal_supervision_then_the_unit_s_usual_order()
    {
        var urgent = await App.GivenToAsync("laishan-huanghai", urgency: Urgency.Urgent);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var normal = await App.GivenToAsync("laishan-huanghai");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var key = await App.GivenToAsync("laishan-huanghai");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var plain = await App.GivenToAsync("laishan-huanghai");
        var tighter = new DateTime(2026, 11, 24, 17, 0, 0, DateTimeKind.Unspecified);
        (await App.SuperviseAsync(normal, SupervisionLevel.Normal, note: "请加快办理")).Errors.ShouldBeEmpty();
        (await App.SuperviseAsync(key, SupervisionLevel.Key, tighter: tighter)).Errors.ShouldBeEmpty();

        var liaison = await App.ViewerAsync("liaison-laishan-huanghai");
        var queue = await App.UseAsync<WorkbenchService, WorkbenchQueue>(s => s.QueueAsync(liaison, new WorkbenchFilter()));

        queue.Items.Items.Select(i => i.Number).ShouldBe([key, normal, urgent, plain]);
        var top = queue.Items.Items[0];
        (top.Supervision, top.SupervisionNote, top.ResolveDueAt).ShouldBe((SupervisionLevel.Key, SupervisionSteps.Note, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));
        queue.Items.Items[2].Supervision.ShouldBeNull();
    }

    [Fact]
    public async Task The_unit_sees_the_banner_and_another_unit_does_not_see_the_ticket_at_all()
    {
        var number = await App.GivenToAsync("laishan-jiejiazhuang");
        (await App.SuperviseAsync(number, SupervisionLevel.Key)).Errors.ShouldBeEmpty();

        var mine = await BannerAsync(number, "liaison-laishan-jiejiazhuang");
        var other = await BannerAsync(number, "liaison-water");

        mine.ShouldNotBeNull();
        (mine.Level, mine.Note, mine.ShowsAnything, mine.RepeatedlyReopened).ShouldBe((SupervisionLevel.Key, SupervisionSteps.Note, true, false));
        mine.ResolveDueAt.ShouldBe((await App.StoredTicketAsync(number)).Assignments.Single().ResolveDueAt);
        other.ShouldBeNull();
    }

    private async Task<SupervisionBanner?> BannerAsync(string number, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<SupervisorWorkListService, SupervisionBanner?>(s => s.BannerAsync(number, viewer));
    }
}
