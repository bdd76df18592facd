using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class CalendarDayTests
{
    [Fact]
    public void A_day_keeps_its_date_kind_and_trimmed_name()
    {
        var day = new CalendarDay(Date(2026, 2, 16), CalendarDayKind.Holiday, " 春节 ");

        day.Date.ShouldBe(Date(2026, 2, 16));
        day.Kind.ShouldBe(CalendarDayKind.Holiday);
        day.Name.ShouldBe("春节");
    }

    [Fact]
    public void Changing_a_day_replaces_its_kind_and_name()
    {
        var day = new CalendarDay(Date(2026, 2, 14), CalendarDayKind.Holiday, "春节");

        day.Change(CalendarDayKind.MakeupWorkday, "春节调休上班");

        day.Kind.ShouldBe(CalendarDayKind.MakeupWorkday);
        day.Name.ShouldBe("春节调休上班");
    }

    [Fact]
    public void A_makeup_working_day_must_be_a_weekend_day()
    {
        Should.Throw<ArgumentException>(() => new CalendarDay(Date(2026, 10, 9), CalendarDayKind.MakeupWorkday, "国庆节调休上班"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_day_needs_a_name(string name)
    {
        Should.Throw<ArgumentException>(() => new CalendarDay(Date(2026, 10, 1), CalendarDayKind.Holiday, name));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_rejected()
    {
        Should.Throw<ArgumentException>(() =>
            new CalendarDay(Date(2026, 10, 1), CalendarDayKind.Holiday, new string('节', CalendarDay.NameMaxLength + 1)));
    }

    [Fact]
    public void An_unknown_kind_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new CalendarDay(Date(2026, 10, 1), (CalendarDayKind)9, "x"));
    }
}
