using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Deadlines;

public class OfficialCalendar2026Tests
{
    [Fact]
    public void It_holds_33_holidays_and_6_makeup_days_all_in_2026()
    {
        var days = OfficialCalendar2026.Days();

        days.Count(d => d.Kind == CalendarDayKind.Holiday).ShouldBe(33);
        days.Count(d => d.Kind == CalendarDayKind.MakeupWorkday).ShouldBe(6);
        days.ShouldAllBe(d => d.Date.Year == 2026);
        days.Select(d => d.Date).Distinct().Count().ShouldBe(days.Count);
    }

    [Fact]
    public void Each_holiday_carries_its_festival_name()
    {
        OfficialCalendar2026.Days().Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Name).Distinct()
            .ShouldBe(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"], ignoreOrder: true);
    }

    [Fact]
    public void Each_call_returns_new_entities()
    {
        OfficialCalendar2026.Days()[0].ShouldNotBeSameAs(OfficialCalendar2026.Days()[0]);
    }
}
