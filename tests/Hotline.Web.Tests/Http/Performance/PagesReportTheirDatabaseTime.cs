using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Performance;

/// <summary>The Server-Timing header the benchmark (and the browser's developer tools) read.</summary>
public sealed partial class PagesReportTheirDatabaseTime(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_page_answers_with_its_database_and_app_time()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        using var response = await client.GetAsync("/Tickets");

        response.EnsureSuccessStatusCode();
        var header = string.Join(", ", response.Headers.GetValues("Server-Timing"));
        var match = TimingPattern().Match(header);
        match.Success.ShouldBeTrue(header);
        // The list counts and reads tickets: at least those two commands, taking some time but not more than the whole request.
        int.Parse(match.Groups["queries"].Value, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(2);
        var db = double.Parse(match.Groups["db"].Value, CultureInfo.InvariantCulture);
        var total = double.Parse(match.Groups["app"].Value, CultureInfo.InvariantCulture);
        db.ShouldBeGreaterThan(0);
        db.ShouldBeLessThanOrEqualTo(total);
    }

    [GeneratedRegex("""^db;dur=(?<db>[0-9.]+);desc="(?<queries>\d+) queries", app;dur=(?<app>[0-9.]+)$""")]
    private static partial Regex TimingPattern();
}
