using Hotline.Domain.Deadlines;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Tests.Deadlines;

public sealed class OfficeHoursSettingTests
{
    [Theory]
    [InlineData("08:30-12:00,13:30-17:30")]
    [InlineData("09:00-11:30,14:00-18:00")]
    [InlineData("00:00-23:59")]
    [InlineData("07:45-09:15,10:00-12:00,13:00-17:00")]
    public void Parsing_then_formatting_gives_the_same_text(string text)
    {
        DeadlineService.FormatOfficeHours(DeadlineService.ParseOfficeHours(text)).ShouldBe(text);
    }

    [Fact]
    public void The_default_office_hours_round_trip()
    {
        var text = DeadlineService.FormatOfficeHours(OfficeHours.Default);

        text.ShouldBe("08:30-12:00,13:30-17:30");
        DeadlineService.ParseOfficeHours(text).Periods.ShouldBe(OfficeHours.Default.Periods);
    }

    [Fact]
    public void Parsing_tolerates_spaces_and_orders_the_periods()
    {
        var hours = DeadlineService.ParseOfficeHours(" 13:30 - 17:30 , 08:30-12:00 ");

        DeadlineService.FormatOfficeHours(hours).ShouldBe("08:30-12:00,13:30-17:30");
    }
}
