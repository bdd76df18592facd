using Hotline.Domain.Tickets;
using Hotline.Services.Appeals;
using Hotline.Services.Common;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Appeals;

/// <summary>Appeals (申诉) through the service, as the workbench and the supervisors' queue call it.</summary>
internal static class AppealSteps
{
    public const string Reason = "当日政务网故障，签收按钮无响应，已报信息中心（工单号IT-2026-118）。";

    /// <summary>A heating ticket dispatched now whose sign-for and first-contact deadlines have passed (two days later).</summary>
    public static async Task<string> LateTicketAsync(this DatabaseFixture app, string unitCode = "heating")
    {
        var number = await app.DispatchedTicketAsync(unitCode);
        app.Clock.Advance(TimeSpan.FromDays(2));
        return number;
    }

    public static async Task<long> LeadAssignmentIdAsync(this DatabaseFixture app, string number) =>
        (await app.StoredAsync(number)).Assignments.Single(a => a.IsLead).Id;

    public static async Task<ServiceResult<string>> AppealAsync(this DatabaseFixture app, string number, AppealedMark mark = AppealedMark.SignForLate,
        string unitCode = "heating", string reason = Reason, long? factId = null, uint? version = null)
    {
        var liaison = await app.LiaisonAsync(unitCode);
        var input = new AppealInput
        {
            Mark = mark,
            FactId = factId ?? await app.LeadAssignmentIdAsync(number),
            Reason = reason,
            Version = version ?? await app.VersionAsync(number),
        };
        return await app.UseAsync<AppealService, ServiceResult<string>>(s => s.RaiseAsync(number, input, [], liaison));
    }

    public static async Task<long> AppealIdAsync(this DatabaseFixture app, string number) =>
        await app.ReadAsync(db => db.Appeals.Where(p => db.Tickets.Any(t => t.Id == p.TicketId && t.Number == number))
            .OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());

    public static async Task<ServiceResult<string>> DecideAppealAsync(this DatabaseFixture app, string number, bool uphold, string? note = null,
        string userName = "supervisor", uint? version = null, long? appealId = null)
    {
        var actor = (await app.ViewerAsync(userName)).Actor;
        var input = new AppealDecisionInput
        {
            Number = number,
            AppealId = appealId ?? await app.AppealIdAsync(number),
            Version = version ?? await app.VersionAsync(number),
            Note = note,
        };
        return await app.UseAsync<AppealService, ServiceResult<string>>(s => uphold ? s.UpholdAsync(input, actor) : s.RejectAsync(input, actor));
    }
}
