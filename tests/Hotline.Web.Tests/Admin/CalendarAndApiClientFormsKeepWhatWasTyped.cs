using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Dashboards;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Admin;

/// <summary>
/// The working calendar's mark form and the API clients' form have no version to conflict on, so their refusals are
/// validation ones: each says why next to the field, saves nothing, and gives back everything that was typed.
/// </summary>
public sealed class CalendarAndApiClientFormsKeepWhatWasTyped(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_refused_calendar_mark_keeps_the_date_the_mark_and_the_name_and_marks_nothing()
    {
        using var admin = await AdminAsync();
        var page = await admin.GetDocumentAsync("/Admin/Calendar?year=2026");
        var marks = await app.ReadAsync(db => db.CalendarDays.CountAsync());

        // 2026-12-02 is a Wednesday: a make-up working day only falls on a weekend.
        var response = await admin.SubmitAsync(page, "#mark-form", new Dictionary<string, string>
        {
            ["Mark.Date"] = "2026-12-02",
            ["Mark.Mark"] = "MakeupWorkday",
            ["Mark.Name"] = "元旦调休上班（测试）",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await HtmlClient.ParseAsync(response);
        refused.QuerySelector("[data-valmsg-for='Mark.Mark']")!.TextContent.ShouldContain("调休上班只能标在周六或周日");
        ((IHtmlInputElement)refused.QuerySelector("#Mark_Date")!).Value.ShouldBe("2026-12-02");
        ((IHtmlSelectElement)refused.QuerySelector("#Mark_Mark")!).Value.ShouldBe("MakeupWorkday");
        ((IHtmlInputElement)refused.QuerySelector("#Mark_Name")!).Value.ShouldBe("元旦调休上班（测试）");
        (await app.ReadAsync(db => db.CalendarDays.CountAsync())).ShouldBe(marks);
        var reloaded = await admin.GetDocumentAsync("/Admin/Calendar?year=2026");
        reloaded.QuerySelector("td[data-date='2026-12-02']")!.ClassList.ShouldContain("cal-workday");
    }

    [Fact]
    public async Task A_refused_api_client_keeps_the_typed_name_and_choices_and_issues_no_key()
    {
        using var admin = await AdminAsync();
        var clients = await app.ReadAsync(db => db.ApiClients.CountAsync());

        // An Open311 client posts for one citizen channel, and none was chosen.
        var response = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/ApiClients"), "[data-testid=create-client]",
            new Dictionary<string, string> { ["Input.Name"] = "莱山区网格化服务平台", ["Input.Scope"] = "Open311", ["Input.Channel"] = string.Empty });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await HtmlClient.ParseAsync(response);
        refused.QuerySelector("[data-testid=error-channel]")!.TextContent.ShouldContain("网格上报");
        refused.QuerySelector("[data-testid=error-name]").ShouldBeNull();
        ((IHtmlInputElement)refused.QuerySelector("#Input_Name")!).Value.ShouldBe("莱山区网格化服务平台");
        ((IHtmlSelectElement)refused.QuerySelector("#Input_Scope")!).Value.ShouldBe("Open311");
        ((IHtmlSelectElement)refused.QuerySelector("#Input_Channel")!).Value.ShouldBe(string.Empty);
        refused.QuerySelector("[data-testid=issued-key]").ShouldBeNull();
        (await app.ReadAsync(db => db.ApiClients.CountAsync())).ShouldBe(clients);
    }

    private async Task<HtmlClient> AdminAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("admin");
        return client;
    }
}
