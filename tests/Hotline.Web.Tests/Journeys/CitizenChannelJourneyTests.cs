using System.Net;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Open311;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// The "done when": an administrator issues a key; an Open311 client written by someone else (plain HTTP here)
/// lists the services and submits a request; the dispatcher sees it with its channel, position and photo; the unit
/// resolves it and the citizen is called back; the client reads it closed with the reply, and so does the citizen on
/// the public status page.
/// </summary>
public sealed class CitizenChannelJourneyTests : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private readonly HotlineWebFactory _app;
    private readonly BrowserFixture _browser;

    public CitizenChannelJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    {
        _app = app;
        _browser = browser;
        app.Clock.AdjustTime(TestDatabase.DefaultNow);
    }

    [Fact]
    public async Task A_wechat_request_travels_from_the_api_through_the_back_office_to_the_citizens_status_page()
    {
        // The administrator issues the WeChat mini-program's key.
        var admin = await _browser.SignInAsync(_app, "admin");
        await admin.Locator("[data-testid=nav-admin]").ClickAsync();
        await admin.Locator("[data-testid=nav-api-clients]").ClickAsync();
        await admin.Locator("#Input_Name").FillAsync("市民微信小程序");
        await admin.Locator("#Input_Channel").SelectOptionAsync("WeChat");
        await admin.Locator("[data-testid=create]").ClickAsync();
        var key = (await admin.Locator("[data-testid=issued-key]").TextContentAsync())!.Trim();
        await Expect(admin.Locator("[data-testid=client-row]").Filter(new() { HasText = "市民微信小程序" })).ToContainTextAsync("微信");
        await BrowserFixture.ScreenshotAsync(admin, "journey-channels-1-key-issued");

        // The mini-program lists the services and submits a request with a position and a photo.
        using var api = new Open311Api(_app);
        var services = await Open311Api.JsonAsync(await api.Http.GetAsync($"{Open311Api.Base}/services.json"), HttpStatusCode.OK);
        services.EnumerateArray().ShouldContain(s => s.GetProperty("service_code").GetString() == Open311Api.HeatingService);
        var receipt = await Open311Api.JsonAsync(await api.PostAsync("json", Open311Api.HeatingForm(key), Guid.NewGuid().ToString()), HttpStatusCode.OK);
        var number = receipt[0].GetProperty("service_request_id").GetString()!;

        // The dispatcher sees it in the queue with its channel, position and photo, and on its page the position link.
        var dispatcher = await _browser.SignInAsync(_app, "dispatcher");
        await dispatcher.GotoAsync("/Dispatch");
        var row = dispatcher.Locator($"[data-testid=queue-row][data-number='{number}']");
        await Expect(row.Locator("[data-testid=queue-channel]")).ToContainTextAsync("微信");
        await Expect(row.Locator("[data-testid=position]")).ToHaveAttributeAsync("href", "geo:37.4638,121.4479");
        await Expect(row.Locator("[data-testid=media-link]")).ToHaveAttributeAsync("href", "https://photos.example.cn/requests/1.jpg");
        await BrowserFixture.ScreenshotAsync(dispatcher, "journey-channels-2-dispatch-queue");
        await dispatcher.GotoAsync($"/Tickets/{number}");
        await Expect(dispatcher.Locator("[data-testid=sent-location] [data-testid=position]")).ToContainTextAsync("37.4638, 121.4479");
        await BrowserFixture.ScreenshotAsync(dispatcher, "journey-channels-3-ticket");

        // The heating company resolves it; the agent's callback closes it.
        await _app.DispatchAsync(number);
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await _app.ResolveAsync(number);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await _app.CallBackSatisfiedAsync(number);

        var closed = (await Open311Api.JsonAsync(await api.Http.GetAsync($"{Open311Api.Base}/requests/{number}.json"), HttpStatusCode.OK))[0];
        closed.GetProperty("status").GetString().ShouldBe("closed");
        closed.GetProperty("status_notes").GetString().ShouldBe(Open311Steps.Result);

        // The citizen follows it on the public page, without signing in.
        var citizen = await _browser.NewPageAsync(_app);
        await citizen.GotoAsync("/status");
        await citizen.Locator("#Input_Number").FillAsync(number);
        await citizen.Locator("#Input_PhoneLastFour").FillAsync(Open311Api.Phone[^4..]);
        await citizen.Locator("[data-testid=status-submit]").ClickAsync();
        await Expect(citizen.Locator("[data-testid=status-state]")).ToHaveTextAsync("已办结");
        await Expect(citizen.Locator("[data-testid=status-unit]")).ToHaveTextAsync("市热力有限公司");
        await Expect(citizen.Locator("[data-testid=status-reply]")).ToHaveTextAsync(Open311Steps.Result);
        await Expect(citizen.Locator("[data-testid=current-user]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(citizen, "journey-channels-4-status");
    }

    [Fact]
    public async Task The_api_reference_page_renders_from_the_app_alone()
    {
        var page = await _browser.NewPageAsync(_app);
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_app.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        // The reference page is the Scalar package's single script of several MB, parsed and rendered in the browser: on
        // a loaded machine its load event has come after the usual 15 s (two CI runs), so it gets a minute.
        await page.GotoAsync("/open311/reference", new() { Timeout = 60_000 });

        await Expect(page.GetByText("POST Service Request").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "journey-channels-5-reference");
        outside.ShouldBeEmpty();
    }
}
