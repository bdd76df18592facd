using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>Steps the callback tests share: tickets resolved by their unit, callbacks recorded as an agent would.</summary>
internal static class FollowUpSteps
{
    public const string Words = "暖气已经热了，师傅态度很好。";
    public const string Complaint = "根本没修好，屋里还是只有十二度。";
    public const string ReopenReason = "市民反映暖气仍不热，请重新上门检修。";

    /// <summary>A heating complaint dispatched to <paramref name="unitCode"/> (with assisting units), signed for, contacted and resolved now.</summary>
    public static async Task<string> ResolvedAsync(this DatabaseFixture app, string unitCode = "heating", string phone = IntakeInputs.Phone,
        params string[] assisting)
    {
        var number = await app.RegisterAsync(IntakeInputs.Register(await app.CategoryIdAsync("utilities-heating"), phone: phone));
        var input = new DispatchInput { LeadUnitId = await app.UnitIdAsync(unitCode), Version = await app.VersionAsync(number) };
        foreach (var code in assisting)
        {
            input.AssistingUnitIds.Add(await app.UnitIdAsync(code));
        }

        var dispatcher = await app.ViewerAsync("dispatcher");
        (await app.UseAsync<DispatchService, ServiceResult<string>>(s => s.DispatchAsync(number, input, dispatcher.Actor))).Errors.ShouldBeEmpty();
        await app.WorkRoundAsync(number, $"liaison-{unitCode}");
        return number;
    }

    /// <summary>The lead unit's liaison signs for, contacts the citizen and resolves the current round now.</summary>
    public static async Task WorkRoundAsync(this DatabaseFixture app, string number, string liaison = "liaison-heating")
    {
        await app.SignForAsync(number, liaison);
        await app.ContactAsync(number, liaison);
        var version = await app.VersionAsync(number);
        (await app.ActAsync(liaison, (s, v) => s.ResolveAsync(number, new ResolveInput
        {
            Result = WorkbenchSteps.Result,
            Outcome = ResolutionOutcome.Solved,
            Version = version,
        }, v))).Errors.ShouldBeEmpty();
    }

    public static CallbackInput Satisfied(Satisfaction satisfaction = Satisfaction.Satisfied, bool solved = true) =>
        new() { Reached = true, Satisfaction = satisfaction, Solved = solved, CitizenWords = Words };

    public static CallbackInput Dissatisfied(bool reopen, int? unit = null) =>
        new()
        {
            Reached = true,
            Satisfaction = Satisfaction.Dissatisfied,
            Solved = false,
            CitizenWords = Complaint,
            Reopen = reopen,
            ReopenReason = reopen ? ReopenReason : null,
            ReopenLeadUnitId = unit,
        };

    public static CallbackInput NotReached() => new() { Reached = false };

    /// <summary>Records a callback as <paramref name="user"/> with the version stored now (unless one is given).</summary>
    public static async Task<ServiceResult<CallbackRecorded>> CallbackAsync(this DatabaseFixture app, string number, CallbackInput input,
        string user = "agent", uint? version = null)
    {
        input.Version = version ?? await app.VersionAsync(number);
        var viewer = await app.ViewerAsync(user);
        return await app.UseAsync<FollowUpService, ServiceResult<CallbackRecorded>>(s => s.RecordAsync(number, input, viewer));
    }

    /// <summary>A callback that must be accepted.</summary>
    public static async Task<CallbackRecorded> CalledBackAsync(this DatabaseFixture app, string number, CallbackInput input, string user = "agent")
    {
        var result = await app.CallbackAsync(number, input, user);
        result.Errors.ShouldBeEmpty();
        return result.Value.ShouldNotBeNull();
    }

    public static Task<CallbackQueue> CallbackQueueAsync(this DatabaseFixture app, CallbackQueueFilter? filter = null) =>
        app.UseAsync<FollowUpService, CallbackQueue>(s => s.QueueAsync(filter ?? new CallbackQueueFilter { PageSize = 100 }));

    public static async Task<CallbackTicket?> CallbackTicketAsync(this DatabaseFixture app, string number, string user = "agent")
    {
        var viewer = await app.ViewerAsync(user);
        return await app.UseAsync<FollowUpService, CallbackTicket?>(s => s.GetAsync(number, viewer));
    }

    /// <summary>The ticket as stored, with its assignments and callbacks.</summary>
    public static Task<Ticket> StoredAsync(this DatabaseFixture app, string number) =>
        app.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Callbacks).Include(t => t.Events)
            .AsSplitQuery().SingleAsync(t => t.Number == number));
}
