using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Workbench;

/// <summary>Steps the workbench tests share: tickets given to a unit, and acts taken with the version last stored.</summary>
internal static class WorkbenchSteps
{
    public const string Result = "已上门更换散热器阀门，室温恢复到20度，市民表示认可。";

    /// <summary>A heating complaint registered and dispatched to <paramref name="unitCode"/>.</summary>
    public static async Task<string> GivenToAsync(this DatabaseFixture app, string unitCode = "heating", bool confidential = false,
        Domain.Tickets.Urgency urgency = Domain.Tickets.Urgency.Normal, string content = IntakeInputs.HeatingContent)
    {
        var input = IntakeInputs.Register(await app.CategoryIdAsync("utilities-heating"), content, urgency: urgency);
        input.IsConfidential = confidential;
        var number = await app.RegisterAsync(input);
        await app.DispatchAsync(number, unitCode);
        return number;
    }

    /// <summary>Dispatched to <paramref name="leadCode"/> with <paramref name="assistingCode"/> assisting.</summary>
    public static async Task<string> GivenWithAssistingAsync(this DatabaseFixture app, string leadCode, string assistingCode)
    {
        var number = await app.RegisterAsync(IntakeInputs.Register(await app.CategoryIdAsync("utilities-heating")));
        var dispatcher = await app.ViewerAsync("dispatcher");
        var input = new DispatchInput
        {
            LeadUnitId = await app.UnitIdAsync(leadCode),
            AssistingUnitIds = [await app.UnitIdAsync(assistingCode)],
            Version = await app.VersionAsync(number),
        };
        var result = await app.UseAsync<DispatchService, ServiceResult<string>>(s => s.DispatchAsync(number, input, dispatcher.Actor));
        result.Errors.ShouldBeEmpty();
        return number;
    }

    /// <summary>Runs one workbench act as <paramref name="user"/> in its own scope.</summary>
    public static async Task<ServiceResult<string>> ActAsync(this DatabaseFixture app, string user,
        Func<WorkbenchService, Viewer, Task<ServiceResult<string>>> act)
    {
        var viewer = await app.ViewerAsync(user);
        return await app.UseAsync<WorkbenchService, ServiceResult<string>>(s => act(s, viewer));
    }

    public static async Task SignForAsync(this DatabaseFixture app, string number, string user = "liaison-heating")
    {
        var version = await app.VersionAsync(number);
        (await app.ActAsync(user, (s, v) => s.SignForAsync(number, new SignForInput { Version = version }, v))).Errors.ShouldBeEmpty();
    }

    public static async Task ContactAsync(this DatabaseFixture app, string number, string user = "liaison-heating")
    {
        var version = await app.VersionAsync(number);
        var at = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
        (await app.ActAsync(user, (s, v) => s.RecordContactAsync(number, new ContactInput
        {
            ContactedAt = new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Unspecified),
            Method = Domain.Tickets.ContactMethod.Phone,
            Summary = "已电话联系市民，约定今天下午上门。",
            Version = version,
        }, v))).Errors.ShouldBeEmpty();
    }

    public static async Task<WorkbenchTicket?> WorkbenchTicketAsync(this DatabaseFixture app, string number, string user = "liaison-heating")
    {
        var viewer = await app.ViewerAsync(user);
        return await app.UseAsync<WorkbenchService, WorkbenchTicket?>(s => s.GetAsync(number, viewer));
    }
}
