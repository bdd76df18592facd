using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using static Hotline.Services.Tests.Dashboards.DashboardSteps;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// A hand-built month, read at Monday 2026-11-23 10:00 Shanghai (the test clock's default). Every figure the
/// dashboard tests expect follows from this story; each step goes through the services or the domain.
/// <list type="bullet">
/// <item>Cold snap: Utilities › Heating consultations answered directly, 2 and 4 on alternate days from 24 Oct to
/// 20 Nov (mean 3, deviation 1), then 40 on Saturday 21 Nov.</item>
/// <item>Early November: M1 (heating unit) resolved on time and called back satisfied; M2 (water) resolved late,
/// dissatisfied; M3 merged into M1 (taken away); H3 (heating) contacted but past its resolution deadline (17 Nov).</item>
/// <item>F1 (water) resolved on Friday 20 Nov, six hours after dispatch, long before its deadline (28 Nov).</item>
/// <item>Sunday 22 Nov: Y1 at 08:00 (dispatched late, today), six noise consultations, Y2 at 23:59 (still pending).</item>
/// <item>Today: T1 at 00:01 and P3 at 06:30 pending; T2 answered directly and called back; T3 (heating, urgent,
/// sign-for overdue), T4 (heating), T5 (water, urgent, sign-for nearly due) dispatched in time; three timed calls
/// (5 s, 15 s, 16 s) and one invalid call.</item>
/// </list>
/// </summary>
public sealed class DashboardFixture : DatabaseFixture
{
    public const string RepeatCaller = "13805350001";
    public const string SecondRepeatCaller = "13912340002";
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateOnly ColdSnapDay = new(2026, 11, 21);
    public static readonly DateOnly BaselineStart = new(2026, 10, 24);

    private int _phones;

    public string M1 { get; private set; } = string.Empty;
    public string Y2 { get; private set; } = string.Empty;
    public string T1 { get; private set; } = string.Empty;
    public string T5 { get; private set; } = string.Empty;

    /// <summary>Heating consultations on a day of the cold-snap story (0 outside it).</summary>
    public static int HeatingOn(DateOnly day) =>
        day == ColdSnapDay ? 40
        : day >= BaselineStart && day < ColdSnapDay ? ((day.DayNumber - BaselineStart.DayNumber) % 2 == 0 ? 2 : 4)
        : 0;

    protected override async Task SeedAsync()
    {
        for (var day = BaselineStart; day <= ColdSnapDay; day = day.AddDays(1))
        {
            for (var i = 0; i < HeatingOn(day); i++)
            {
                await this.AnswerDirectlyAtAsync(Local(day.Month, day.Day, 10, i), "utilities-heating", NextPhone());
            }
        }

        await EarlyNovemberAsync();
        await YesterdayAsync();
        await TodayAsync();
        Clock.AdjustTime(Hotline.Testing.TestDatabase.DefaultNow);
    }

    private async Task EarlyNovemberAsync()
    {
        M1 = await this.RegisterAtAsync(Local(11, 2, 9), "utilities-water-outage", RepeatCaller, RequestType.HelpRequest, Urgency.Urgent);
        await this.DispatchAtAsync(Local(11, 2, 9, 5), M1, "heating");
        await this.SignAndContactAtAsync(Local(11, 2, 9, 10), M1, "liaison-heating");
        var m2 = await this.RegisterAtAsync(Local(11, 2, 10), "utilities-water-outage", NextPhone(), RequestType.HelpRequest, Urgency.Urgent);
        await this.DispatchAtAsync(Local(11, 2, 10, 5), m2, "water");
        await this.SignAndContactAtAsync(Local(11, 2, 10, 10), m2, "liaison-water");
        var m3 = await this.RegisterAtAsync(Local(11, 2, 11), "utilities-water-outage", NextPhone(), RequestType.HelpRequest, Urgency.Urgent);
        await this.DispatchAtAsync(Local(11, 2, 11, 5), m3, "heating");
        await this.MergeAtAsync(Local(11, 2, 11, 30), m3, M1);
        await this.ResolveAtAsync(Local(11, 3, 9, 5), M1, "liaison-heating");
        await this.CallbackAtAsync(Local(11, 4, 10), M1, Satisfaction.Satisfied);
        await this.ResolveAtAsync(Local(11, 9, 10, 5), m2, "liaison-water");
        await this.CallbackAtAsync(Local(11, 10, 10), m2, Satisfaction.Dissatisfied);

        var h3 = await this.RegisterAtAsync(Local(11, 9, 9), "utilities-water-outage", NextPhone());
        await this.DispatchAtAsync(Local(11, 9, 9, 30), h3, "heating");
        await this.SignAndContactAtAsync(Local(11, 9, 10), h3, "liaison-heating");

        var f1 = await this.RegisterAtAsync(Local(11, 20, 9), "utilities-water-outage", NextPhone());
        await this.DispatchAtAsync(Local(11, 20, 9, 10), f1, "water");
        await this.SignAndContactAtAsync(Local(11, 20, 9, 20), f1, "liaison-water");
        await this.ResolveAtAsync(Local(11, 20, 15, 10), f1, "liaison-water");
    }

    private async Task YesterdayAsync()
    {
        var y1 = await this.RegisterAtAsync(Local(11, 22, 8), "utilities-water-outage", RepeatCaller);
        await this.DispatchAtAsync(Local(11, 23, 9, 40), y1, "water");
        for (var i = 0; i < 6; i++)
        {
            await this.AnswerDirectlyAtAsync(Local(11, 22, 11, i), "environment-noise-social", NextPhone());
        }

        await this.TimedCallAsync(Local(11, 22, 20), TimeSpan.FromSeconds(40), NextPhone());
        Y2 = await this.RegisterAtAsync(Local(11, 22, 23, 59), "urban-illegal-construction", SecondRepeatCaller);
    }

    private async Task TodayAsync()
    {
        T1 = await this.RegisterAtAsync(Local(11, 23, 0, 1), "urban-illegal-construction", SecondRepeatCaller);
        await this.RegisterAtAsync(Local(11, 23, 6, 30), "urban-illegal-construction", NextPhone());
        var t2 = await this.AnswerDirectlyAtAsync(Local(11, 23, 8, 30), "utilities-water-fee", RepeatCaller);

        var t3 = await this.RegisterAtAsync(Local(11, 23, 9), "utilities-water-outage", NextPhone(), RequestType.HelpRequest, Urgency.Urgent);
        await this.DispatchAtAsync(Local(11, 23, 9, 10), t3, "heating");
        var t4 = await this.RegisterAtAsync(Local(11, 23, 9, 20), "utilities-water-outage", NextPhone());
        await this.DispatchAtAsync(Local(11, 23, 9, 30), t4, "heating");
        T5 = await this.RegisterAtAsync(Local(11, 23, 9, 35), "utilities-water-outage", NextPhone(), RequestType.HelpRequest, Urgency.Urgent);
        await this.DispatchAtAsync(Local(11, 23, 9, 36), T5, "water");

        await this.TimedCallAsync(Local(11, 23, 9, 5), TimeSpan.FromSeconds(5), NextPhone());
        await this.TimedCallAsync(Local(11, 23, 9, 6), TimeSpan.FromSeconds(15), NextPhone());
        await this.TimedCallAsync(Local(11, 23, 9, 7), TimeSpan.FromSeconds(16), NextPhone());
        await this.InvalidCallAtAsync(Local(11, 23, 9, 50), NextPhone());
        await this.CallbackAtAsync(Local(11, 23, 9, 55), t2, Satisfaction.BasicallySatisfied);
    }

    /// <summary>A caller of their own: only the two repeat callers call more than once.</summary>
    private string NextPhone() => $"1390000{++_phones:D4}";
}
