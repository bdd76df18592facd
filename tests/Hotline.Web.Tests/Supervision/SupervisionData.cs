using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Intake;
using Hotline.Services.Supervision;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Supervision;

/// <summary>Tickets for the supervision pages, made through the app's own services as the hotline would.</summary>
internal static class SupervisionData
{
    public const string Note = "市民三次来电反映暖气不热，请今日内上门处理并反馈。";

    /// <summary>A help request registered by an agent and still waiting for dispatch.</summary>
    public static async Task<string> WaitingTicketAsync(this HotlineWebFactory app)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var agent = await app.AppServices.ViewerAsync("agent");
        var registered = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = "13905359999",
            RequestType = RequestType.HelpRequest,
            CategoryId = await db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync(),
            Address = "芝罘区南大街88号",
            Content = "来电人反复拨打，称要找热力公司领导，无具体诉求。",
        }, IntakeAction.Register, agent.Actor);
        return registered.Value!.TicketNumber!;
    }

    /// <summary>Supervised through the service, as a supervisor's earlier visit to the page would have done.</summary>
    public static async Task SupervisedAsync(this HotlineWebFactory app, string number, SupervisionLevel level, string note = Note)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var supervisor = await app.AppServices.ViewerAsync("supervisor");
        var version = await app.VersionAsync(number);
        var result = await scope.ServiceProvider.GetRequiredService<SupervisionService>()
            .SuperviseAsync(number, new SuperviseInput { Level = level, Note = note, Version = version }, supervisor.Actor);
        result.Errors.ShouldBeEmpty();
    }

    public static async Task<uint> VersionAsync(this HotlineWebFactory app, string number)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HotlineDbContext>().Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync();
    }

    public static async Task<Ticket> StoredTicketAsync(this HotlineWebFactory app, string number)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HotlineDbContext>().Tickets.AsNoTracking()
            .Include(t => t.Assignments).Include(t => t.Events).AsSplitQuery().SingleAsync(t => t.Number == number);
    }

    /// <summary>The heating company signs for, contacts and resolves the ticket through its workbench service.</summary>
    public static async Task ResolvedByUnitAsync(this HotlineWebFactory app, string number, string liaison = "liaison-heating")
    {
        await Step(app, number, liaison, (s, v, version) => s.SignForAsync(number, new Services.Workbench.SignForInput { Version = version }, v));
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
        await Step(app, number, liaison, (s, v, version) => s.RecordContactAsync(number, new Services.Workbench.ContactInput
        {
            ContactedAt = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified),
            Method = ContactMethod.Phone,
            Summary = "已电话联系市民，约定上门。",
            Version = version,
        }, v));
        await Step(app, number, liaison, (s, v, version) => s.ResolveAsync(number, new Services.Workbench.ResolveInput
        {
            Result = "已上门更换散热器阀门，室温恢复到20度，市民认可。",
            Outcome = ResolutionOutcome.Solved,
            Version = version,
        }, v));
    }

    private static async Task Step(HotlineWebFactory app, string number, string liaison,
        Func<Services.Workbench.WorkbenchService, Viewer, uint, Task<ServiceResult<string>>> act)
    {
        var version = await app.VersionAsync(number);
        (await app.AsLiaisonAsync(liaison, (s, v) => act(s, v, version))).Errors.ShouldBeEmpty();
    }
}
