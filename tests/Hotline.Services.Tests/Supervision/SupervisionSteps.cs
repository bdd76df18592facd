using Hotline.Domain.Access;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Supervision;

/// <summary>Steps the supervision tests share: a supervisor's acts through the service, and tickets at the end of a round.</summary>
internal static class SupervisionSteps
{
    public const string Note = "市民多次来电反映暖气不热，请热力公司今日内上门处理并反馈结果。";
    public const string ReopenReason = "回访市民反映维修后暖气仍不热，要求重新处理。";

    /// <summary>Runs one supervision act as <paramref name="user"/> in its own scope.</summary>
    public static async Task<ServiceResult<string>> AsSupervisorAsync(this DatabaseFixture app,
        Func<SupervisionService, Actor, Task<ServiceResult<string>>> act, string user = "supervisor")
    {
        var actor = (await app.ViewerAsync(user)).Actor;
        return await app.UseAsync<SupervisionService, ServiceResult<string>>(s => act(s, actor));
    }

    public static async Task<ServiceResult<string>> SuperviseAsync(this DatabaseFixture app, string number, SupervisionLevel? level,
        string? note = Note, DateTime? tighter = null, uint? version = null, string user = "supervisor")
    {
        var input = new SuperviseInput { Level = level, Note = note, TighterResolveDueAt = tighter, Version = version ?? await app.VersionAsync(number) };
        return await app.AsSupervisorAsync((s, actor) => s.SuperviseAsync(number, input, actor), user);
    }

    public static async Task<ServiceResult<string>> ReopenAsync(this DatabaseFixture app, string number, string leadCode,
        string? reason = ReopenReason, string[]? assisting = null, uint? version = null)
    {
        var input = new ReopenInput
        {
            Reason = reason,
            LeadUnitId = await app.UnitIdAsync(leadCode),
            AssistingUnitIds = [.. await Task.WhenAll((assisting ?? []).Select(app.UnitIdAsync))],
            Version = version ?? await app.VersionAsync(number),
        };
        return await app.AsSupervisorAsync((s, actor) => s.ReopenAsync(number, input, actor));
    }

    /// <summary>The unit's liaison signs for, contacts the citizen and resolves the ticket's current round.</summary>
    public static async Task ResolveRoundAsync(this DatabaseFixture app, string number, string unitCode = "heating")
    {
        var user = $"liaison-{unitCode}";
        await app.SignForAsync(number, user);
        await app.ContactAsync(number, user);
        var version = await app.VersionAsync(number);
        (await app.ActAsync(user, (s, v) => s.ResolveAsync(number, new ResolveInput
        {
            Result = WorkbenchSteps.Result,
            Outcome = ResolutionOutcome.Solved,
            Version = version,
        }, v))).Errors.ShouldBeEmpty();
    }

    /// <summary>A complaint given to <paramref name="unitCode"/> and resolved there (round 1).</summary>
    public static async Task<string> ResolvedAsync(this DatabaseFixture app, string unitCode = "heating")
    {
        var number = await app.GivenToAsync(unitCode);
        await app.ResolveRoundAsync(number, unitCode);
        return number;
    }

    /// <summary>An agent's callback on the resolved round, as the callback queue (built elsewhere) records it.</summary>
    public static async Task CallBackAsync(this DatabaseFixture app, string number, Satisfaction satisfaction, string? words = null)
    {
        var agent = (await app.ViewerAsync("agent")).Actor;
        var now = app.Clock.GetUtcNow();
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        await app.WriteAsync(async db =>
        {
            var ticket = await db.Tickets.Include(t => t.Assignments).Include(t => t.Callbacks).SingleAsync(t => t.Number == number);
            ticket.RecordCallback(new CallbackReport(true, satisfaction, satisfaction != Satisfaction.Dissatisfied, words, local),
                CallbackRules.Default, agent, now);
        });
    }

    public static Task<Ticket> StoredTicketAsync(this DatabaseFixture app, string number) =>
        app.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Events).Include(t => t.Callbacks)
            .AsSplitQuery().SingleAsync(t => t.Number == number));

    /// <summary>Notifications of <paramref name="kind"/> about the ticket, by recipient user name.</summary>
    public static Task<List<string>> NotifiedAsync(this DatabaseFixture app, string number, Domain.Notifications.NotificationKind kind) =>
        app.ReadAsync(db => (from n in db.Notifications
                             join u in db.Users on n.UserId equals u.Id
                             where n.TicketNumber == number && n.Kind == kind
                             orderby u.UserName
                             select u.UserName!).ToListAsync());

    /// <summary>Local (Shanghai) wall-clock time, as a supervisor types it.</summary>
    public static DateTime Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
}
