using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Intake;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>Data the dashboard pages are tested on, added to the demo database through the app's own services.</summary>
internal static class DashboardWebData
{
    public const int ColdSnapTickets = 25;

    private const string ColdSnapContent = "寒潮来了家里暖气不热，问热力公司什么时候能加大供热。";

    /// <summary>Answer waits of today's timed calls, in seconds: two within 15 s, one not.</summary>
    private static readonly int[] Waits = [5, 12, 30];

    private static int _phones;

    /// <summary>
    /// A cold snap yesterday (25 heating consultations answered directly, where the demo data has a handful a month)
    /// and three more calls today whose answer times the telephone system reported (5 s, 12 s, 30 s), besides the demo's
    /// own. Idempotent per app.
    /// </summary>
    public static async Task ColdSnapAsync(this HotlineWebFactory app)
    {
        if (await app.ReadAsync(db => db.Tickets.AnyAsync(t => t.Content == ColdSnapContent)))
        {
            return;
        }

        var heating = await app.ReadAsync(db => db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync());
        var yesterday = TestDatabase.DefaultNow.AddDays(-1);
        for (var i = 0; i < ColdSnapTickets; i++)
        {
            app.Clock.AdjustTime(yesterday.AddMinutes(i));
            await app.IntakeAsync(new IntakeInput
            {
                SubmissionId = Guid.NewGuid(),
                CallerPhone = NextPhone(),
                RequestType = RequestType.Consultation,
                CategoryId = heating,
                Content = ColdSnapContent,
                AnswerNote = "已告知市民热力公司正在提温，室温低于18度可报修。",
            }, IntakeAction.AnswerDirectly);
        }

        app.Clock.AdjustTime(TestDatabase.DefaultNow);
        var agent = await app.AppServices.ViewerAsync("agent");
        await app.WriteAsync(db => db.Calls.AddRange(Waits.Select(seconds =>
        {
            var rang = TestDatabase.DefaultNow.AddMinutes(-10 - seconds);
            return Call.Log(Guid.NewGuid(), NextPhone(), null, Channel.Phone, rang, rang.AddMinutes(2), agent.Actor.UserId,
                CallOutcome.Invalid, rang.AddSeconds(seconds));
        })));
    }

    /// <summary>Registers a ticket now (the app's clock) and returns its number.</summary>
    public static async Task<string> RegisterNowAsync(this HotlineWebFactory app, string phone = "13905359999")
    {
        var category = await app.ReadAsync(db => db.Categories.Where(c => c.Code == "utilities-water-outage").Select(c => c.Id).SingleAsync());
        var outcome = await app.IntakeAsync(new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = phone,
            RequestType = RequestType.HelpRequest,
            CategoryId = category,
            Address = "莱山区观海路幸福小区3号楼",
            Content = "小区从早上开始停水，请自来水公司尽快恢复供水。",
        }, IntakeAction.Register);
        return outcome.TicketNumber!;
    }

    public static async Task<T> ReadAsync<T>(this HotlineWebFactory app, Func<HotlineDbContext, Task<T>> read)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }

    private static async Task WriteAsync(this HotlineWebFactory app, Action<HotlineDbContext> write)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        write(db);
        await db.SaveChangesAsync();
    }

    private static async Task<IntakeOutcome> IntakeAsync(this HotlineWebFactory app, IntakeInput input, IntakeAction action)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var agent = await app.AppServices.ViewerAsync("agent");
        var result = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(input, action, agent.Actor);
        result.Errors.ShouldBeEmpty();
        return result.Value!;
    }

    private static string NextPhone() => $"1370535{Interlocked.Increment(ref _phones):D4}";
}
