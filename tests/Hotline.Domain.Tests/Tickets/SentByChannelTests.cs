using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>What a citizen channel may send besides its text: a WGS84 position, a photo link; and what is published back.</summary>
public sealed class SentByChannelTests
{
    [Theory]
    [InlineData("37.4638", "121.4479", true)]
    [InlineData("-90", "180", true)]
    [InlineData("90.0001", "121", false)]
    [InlineData("37", "-180.5", false)]
    [InlineData("37,46", "121", false)]
    [InlineData("NaN", "121", false)]
    [InlineData("37.46", "", false)]
    public void A_position_is_read_invariantly_and_within_range(string lat, string lon, bool valid) =>
        GeoPoint.TryParse(lat, lon, out _).ShouldBe(valid);

    [Fact]
    public void A_position_links_to_the_devices_own_map_with_a_geo_uri() =>
        new GeoPoint(37.4638, 121.4479).GeoUri.ShouldBe("geo:37.4638,121.4479");

    [Theory]
    [InlineData("https://photos.example.cn/1.jpg", true)]
    [InlineData("http://10.1.2.3/p.png", true)]
    [InlineData(null, true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/photo.jpg", false)]
    [InlineData("ftp://example.cn/1.jpg", false)]
    public void Only_absolute_http_links_are_kept_as_media(string? url, bool valid) => MediaLink.IsValid(url).ShouldBe(valid);

    [Fact]
    public void A_media_link_longer_than_the_limit_is_refused() =>
        Should.Throw<DomainRuleException>(() => MediaLink.Normalize("https://example.cn/" + new string('a', Limits.MediaUrlMax)));

    [Theory]
    [InlineData(TicketStatus.Closed, "已修好", "已修好")]
    [InlineData(TicketStatus.Resolved, "已修好", null)]
    [InlineData(TicketStatus.InProgress, null, null)]
    [InlineData(TicketStatus.Closed, null, null)]
    public void The_reply_is_published_once_the_ticket_is_closed_after_its_callback(TicketStatus status, string? result, string? published) =>
        PublishedReply.Of(status, result).ShouldBe(published);
}
