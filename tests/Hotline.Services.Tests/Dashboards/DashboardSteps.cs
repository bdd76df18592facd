using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>The dashboard story's steps, each at a local (Shanghai) wall-clock time of November 2026 unless told.</summary>
internal static class DashboardSteps
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0, int second = 0) =>
        new DateTimeOffset(2026, month, day, hour, minute, second, Shanghai).ToUniversalTime();

    /// <summary>Sets the clock; steps may be written out of order, so this may go back in time.</summary>
    public static void At(this DatabaseFixture app, DateTimeOffset instant) => app.Clock.AdjustTime(instant);

    public static async Task<string> RegisterAtAsync(this DatabaseFixture app, DateTimeOffset at, string category, string phone,
        RequestType type = RequestType.Complaint, Urgency urgency = Urgency.Normal)
    {
        app.At(at);
        return await app.RegisterAsync(IntakeInputs.Register(await app.CategoryIdAsync(category), IntakeInputs.WaterContent, phone, type, urgency));
    }

    public static async Task<string> AnswerDirectlyAtAsync(this DatabaseFixture app, DateTimeOffset at, string category, string phone)
    {
        app.At(at);
        var result = await app.IntakeAsync(
            IntakeInputs.AnswerDirectly(await app.CategoryIdAsync(category), null, "已告知市民供暖时间和室温标准。", phone),
            IntakeAction.AnswerDirectly);
        result.Errors.ShouldBeEmpty();
        return result.Value!.TicketNumber!;
    }

    public static async Task InvalidCallAtAsync(this DatabaseFixture app, DateTimeOffset at, string phone)
    {
        app.At(at);
        (await app.IntakeAsync(IntakeInputs.Invalid(phone), IntakeAction.LogInvalid)).Errors.ShouldBeEmpty();
    }

    /// <summary>A call as a telephone system would report it: rang at <paramref name="rang"/>, answered after <paramref name="wait"/>.</summary>
    public static Task TimedCallAsync(this DatabaseFixture app, DateTimeOffset rang, TimeSpan wait, string phone) =>
        app.WriteAsync(async db =>
        {
            var agent = await app.ViewerAsync("agent");
            db.Calls.Add(Call.Log(Guid.NewGuid(), phone, null, Channel.Phone, rang, rang.AddMinutes(3), agent.Actor.UserId,
                CallOutcome.Invalid, rang + wait));
        });

    public static async Task DispatchAtAsync(this DatabaseFixture app, DateTimeOffset at, string number, string unit)
    {
        app.At(at);
        await app.DispatchAsync(number, unit);
    }

    /// <summary>Signs for at <paramref name="at"/>, records contact ten minutes later.</summary>
    public static async Task SignAndContactAtAsync(this DatabaseFixture app, DateTimeOffset at, string number, string liaison)
    {
        app.At(at);
        await app.SignForAsync(number, liaison);
        app.At(at.AddMinutes(10));
        await app.ContactAsync(number, liaison);
    }

    public static async Task ResolveAtAsync(this DatabaseFixture app, DateTimeOffset at, string number, string liaison)
    {
        app.At(at);
        var version = await app.VersionAsync(number);
        (await app.ActAsync(liaison, (s, v) => s.ResolveAsync(number, new ResolveInput
        {
            Result = WorkbenchSteps.Result,
            Outcome = ResolutionOutcome.Solved,
            Version = version,
        }, v))).Errors.ShouldBeEmpty();
    }

    public static async Task MergeAtAsync(this DatabaseFixture app, DateTimeOffset at, string number, string master)
    {
        app.At(at);
        var dispatcher = await app.ViewerAsync("dispatcher");
        var version = await app.VersionAsync(number);
        var result = await app.UseAsync<DispatchService, ServiceResult<string>>(s =>
            s.MergeAsync(number, new MergeInput { MasterNumber = master, Version = version }, dispatcher.Actor));
        result.Errors.ShouldBeEmpty();
    }

    /// <summary>A callback that reached the citizen, recorded through the ticket (a sampled direct answer is picked first).</summary>
    public static async Task CallbackAtAsync(this DatabaseFixture app, DateTimeOffset at, string number, Satisfaction satisfaction)
    {
        app.At(at);
        var agent = await app.ViewerAsync("agent");
        await app.WriteAsync(async db =>
        {
            var ticket = await db.Tickets.Include(t => t.Assignments).Include(t => t.Callbacks).SingleAsync(t => t.Number == number);
            if (ticket.IsDirectlyAnswered && !ticket.IsCallbackSample)
            {
                ticket.SampleForCallback(at.AddDays(1));
            }

            var local = DateOnly.FromDateTime(at.ToOffset(Shanghai).DateTime);
            ticket.RecordCallback(new CallbackReport(true, satisfaction, satisfaction != Satisfaction.Dissatisfied, null, local),
                CallbackRules.Default, agent.Actor, at);
        });
    }
}
