using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.FollowUp;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Open311;

/// <summary>The back office's part in an API ticket's life, through the same services the pages use.</summary>
internal static class Open311Steps
{
    public const string Result = "已上门检修，更换了堵塞的暖气阀门，室温已恢复到二十度。";

    public static async Task DispatchAsync(this HotlineWebFactory app, string number, string unitCode = "heating")
    {
        var dispatcher = await app.AppServices.ViewerAsync("dispatcher");
        var input = new DispatchInput
        {
            LeadUnitId = await app.QueryAsync(db => db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync()),
            Version = await VersionAsync(app, number),
        };
        (await Open311Api.UseAsync<DispatchService, ServiceResult<string>>(app, s => s.DispatchAsync(number, input, dispatcher.Actor))).Errors.ShouldBeEmpty();
    }

    public static async Task ResolveAsync(this HotlineWebFactory app, string number, string liaison = "liaison-heating")
    {
        var viewer = await app.AppServices.ViewerAsync(liaison);
        (await Open311Api.UseAsync<WorkbenchService, ServiceResult<string>>(app,
            async s => await s.SignForAsync(number, new SignForInput { Version = await VersionAsync(app, number) }, viewer))).Errors.ShouldBeEmpty();
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
        (await Open311Api.UseAsync<WorkbenchService, ServiceResult<string>>(app, async s => await s.RecordContactAsync(number, new ContactInput
        {
            ContactedAt = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified),
            Method = ContactMethod.Phone,
            Summary = "已电话联系市民，约定今天上门。",
            Version = await VersionAsync(app, number),
        }, viewer))).Errors.ShouldBeEmpty();
        (await Open311Api.UseAsync<WorkbenchService, ServiceResult<string>>(app, async s => await s.ResolveAsync(number, new ResolveInput
        {
            Result = Result,
            Outcome = ResolutionOutcome.Solved,
            Version = await VersionAsync(app, number),
        }, viewer))).Errors.ShouldBeEmpty();
    }

    public static async Task CallBackSatisfiedAsync(this HotlineWebFactory app, string number)
    {
        var agent = await app.AppServices.ViewerAsync("agent");
        (await Open311Api.UseAsync<FollowUpService, ServiceResult<CallbackRecorded>>(app, async s => await s.RecordAsync(number, new CallbackInput
        {
            Reached = true,
            Satisfaction = Satisfaction.Satisfied,
            Solved = true,
            CitizenWords = "暖气热了，谢谢。",
            Version = await VersionAsync(app, number),
        }, agent))).Errors.ShouldBeEmpty();
    }

    private static Task<uint> VersionAsync(HotlineWebFactory app, string number) =>
        app.QueryAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync());
}
