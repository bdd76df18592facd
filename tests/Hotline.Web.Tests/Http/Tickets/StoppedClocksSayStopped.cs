using System.Net;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Intake;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Http.Tickets;

/// <summary>
/// A merged ticket shows its dispatch deadline as stopped (已停止计时), not counting down, on the ticket and the dispatch
/// page, in both languages; the master it was merged into keeps counting.
/// </summary>
public sealed class StoppedClocksSayStopped(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("zh-CN", "已停止计时")]
    [InlineData("en", "clock stopped")]
    public async Task A_merged_ticket_s_dispatch_deadline_says_stopped_and_does_not_count_down(string culture, string stopped)
    {
        var master = await PendingTicketAsync();
        var duplicate = await PendingTicketAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var page = await client.GetDocumentAsync($"/Dispatch/{duplicate}");
        (await client.SubmitAsync(page, "#merge-form", new Dictionary<string, string>
        {
            ["Merge.MasterNumber"] = master,
            ["Merge.Note"] = "同一问题重复来电",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.SubmitAsync(await client.GetDocumentAsync("/Tickets"), "form[action='/Culture']",
            new Dictionary<string, string> { ["culture"] = culture })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var path in new[] { $"/Tickets/{duplicate}", $"/Dispatch/{duplicate}" })
        {
            var shown = await client.GetDocumentAsync(path);
            var clock = shown.QuerySelector("[data-testid=dispatch-due] [data-testid=clock], [data-testid=dispatch-clock] [data-testid=clock]");
            clock.ShouldNotBeNull(path);
            clock.TextContent.ShouldContain(stopped, Case.Sensitive, path);
            clock.QuerySelector("[data-testid=clock-left], [data-testid=clock-overdue]").ShouldBeNull(path);
            clock.ClassList.ShouldContain("clock-stopped", path);
        }

        var running = (await client.GetDocumentAsync($"/Tickets/{master}")).QuerySelector("[data-testid=dispatch-due] [data-testid=clock]")!;
        running.QuerySelector("[data-testid=clock-left]").ShouldNotBeNull();
        running.TextContent.ShouldNotContain(stopped);
    }

    /// <summary>Registers a fresh help request about the heating, as an agent would, and returns its number.</summary>
    private Task<string> PendingTicketAsync() =>
        app.RegisteredTicketAsync(content: "市民来电反映家中暖气不热，室温只有十二度，请尽快维修。", phone: "13905351236");
}
