using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Deadlines;

public class OfficeHoursTests
{
    [Fact]
    public void The_default_is_08_30_to_12_00_and_13_30_to_17_30()
    {
        OfficeHours.Default.Periods.ShouldBe(
        [
            new OfficePeriod(new TimeOnly(8, 30), new TimeOnly(12, 0)),
            new OfficePeriod(new TimeOnly(13, 30), new TimeOnly(17, 30)),
        ]);
        OfficeHours.Default.LengthPerDay.ShouldBe(TimeSpan.FromHours(7.5));
    }

    [Fact]
    public void Periods_are_kept_in_order_of_start()
    {
        var hours = new OfficeHours(
        [
            new OfficePeriod(new TimeOnly(14, 0), new TimeOnly(18, 0)),
            new OfficePeriod(new TimeOnly(9, 0), new TimeOnly(12, 0)),
        ]);

        hours.Periods[0].Start.ShouldBe(new TimeOnly(9, 0));
    }

    [Fact]
    public void Overlapping_periods_are_rejected()
    {
        Should.Throw<ArgumentException>(() => new OfficeHours(
        [
            new OfficePeriod(new TimeOnly(9, 0), new TimeOnly(12, 30)),
            new OfficePeriod(new TimeOnly(12, 0), new TimeOnly(17, 0)),
        ]));
    }

    [Fact]
    public void Office_hours_need_at_least_one_period()
    {
        Should.Throw<ArgumentException>(() => new OfficeHours([]));
    }

    [Fact]
    public void A_period_must_end_after_it_starts()
    {
        Should.Throw<ArgumentException>(() => new OfficePeriod(new TimeOnly(12, 0), new TimeOnly(12, 0)));
        Should.Throw<ArgumentException>(() => new OfficePeriod(new TimeOnly(13, 0), new TimeOnly(12, 0)));
    }
}
