using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Tickets;

/// <summary>Moves this class's clock past Shanghai midnight, so it has a fixture of its own.</summary>
public sealed class TicketNumbersFollowTheLocalDate(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Half_past_midnight_in_Shanghai_is_already_the_next_day()
    {
        // 16:30 UTC on the 23rd is 00:30 on the 24th in Shanghai.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 16, 30, 0, TimeSpan.Zero));
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector,
            IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating")), IntakeForm.Register);

        var number = response.RedirectQuery("done").ShouldNotBeNull();
        number.ShouldBe("20261124-00001");
        var detail = await client.GetDocumentAsync($"/Tickets/{number}");
        detail.QuerySelector("[data-testid=timeline-entry] .text-muted")!.TextContent.ShouldStartWith("2026-11-24 00:30");
    }
}
