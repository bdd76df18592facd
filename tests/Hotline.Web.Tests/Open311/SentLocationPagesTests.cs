using Hotline.Domain.Calls;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Open311;

/// <summary>The position and photo a citizen channel sent, on every page that shows the ticket to staff.</summary>
public sealed class SentLocationPagesTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Dispatcher_and_liaison_see_the_position_as_a_geo_link_and_the_photo_as_a_link()
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        var number = await api.SubmitAsync();
        using var dispatcher = new HtmlClient(app);
        await dispatcher.LoginAsync("dispatcher");

        var dispatchPage = await dispatcher.GetDocumentAsync($"/Dispatch/{number}");
        await app.DispatchAsync(number);
        var ticketPage = await dispatcher.GetDocumentAsync($"/Tickets/{number}");
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-heating");
        var workbenchPage = await liaison.GetDocumentAsync($"/Workbench/{number}");

        foreach (var page in new[] { dispatchPage, ticketPage, workbenchPage })
        {
            var sent = page.QuerySelector("[data-testid=sent-location]").ShouldNotBeNull();
            sent.QuerySelector("[data-testid=position]")!.GetAttribute("href").ShouldBe("geo:37.4638,121.4479");
            var photo = sent.QuerySelector("[data-testid=media-link]")!;
            photo.GetAttribute("href").ShouldBe("https://photos.example.cn/requests/1.jpg");
            photo.GetAttribute("rel")!.ShouldContain("noopener");
        }
    }

    [Fact]
    public async Task A_phone_ticket_has_no_such_line()
    {
        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");

        var number = await app.QueryAsync(db => db.Tickets.Where(t => t.Channel == Channel.Phone).OrderBy(t => t.Id).Select(t => t.Number).FirstAsync());

        var page = await supervisor.GetDocumentAsync($"/Tickets/{number}");

        page.QuerySelector("[data-testid=sent-location]").ShouldBeNull();
    }

}
