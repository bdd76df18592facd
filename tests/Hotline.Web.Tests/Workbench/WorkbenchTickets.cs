using System.Runtime.CompilerServices;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Workbench;

/// <summary>Tickets for the workbench tests, made through the services as the hotline would (intake, then dispatch).</summary>
internal static class WorkbenchTickets
{
    public static readonly byte[] Pdf = SampleFiles.Pdf;

    private static readonly ConditionalWeakTable<HotlineWebFactory, Task<(string Number, long AttachmentId)>> Shared = [];

    /// <summary>One heating ticket with an attachment per app, shared by a class's tests that only read it.</summary>
    public static Task<(string Number, long AttachmentId)> SharedTicketAsync(this HotlineWebFactory app) =>
        Shared.GetValue(app, async a =>
        {
            var number = await a.DispatchedTicketAsync("heating");
            var id = await a.AttachAsync(number, "liaison-heating");
            return (number, id);
        });

    /// <summary>Registers a heating help request (or another <paramref name="type"/>) as an agent would and returns its number.</summary>
    public static async Task<string> RegisteredTicketAsync(this HotlineWebFactory app, bool confidential = false,
        string content = "市民来电反映家中暖气不热，室温只有十二度，请尽快维修。", string phone = "13905351234", RequestType type = RequestType.HelpRequest)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var category = await db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync();
        var agent = await app.AppServices.ViewerAsync("agent");
        var registered = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = phone,
            CallerName = "刘先生",
            RequestType = type,
            CategoryId = category,
            Address = "莱山区XX小区3号楼",
            Content = content,
            IsConfidential = confidential,
        }, IntakeAction.Register, agent.Actor);
        return registered.Value!.TicketNumber!;
    }

    /// <summary>Registers a heating help request and dispatches it to the unit <paramref name="unitCode"/>.</summary>
    public static async Task<string> DispatchedTicketAsync(this HotlineWebFactory app, string unitCode, bool confidential = false,
        string content = "市民来电反映家中暖气不热，室温只有十二度，请尽快维修。", RequestType type = RequestType.HelpRequest)
    {
        var number = await app.RegisteredTicketAsync(confidential, content, type: type);
        await app.DispatchAsync(number, unitCode);
        return number;
    }

    /// <summary>The dispatcher sends the registered ticket <paramref name="number"/> to the unit <paramref name="unitCode"/>.</summary>
    public static async Task DispatchAsync(this HotlineWebFactory app, string number, string unitCode)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var unit = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var version = await db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync();
        var dispatcher = await app.AppServices.ViewerAsync("dispatcher");
        await using var dispatchScope = app.AppServices.CreateAsyncScope();
        var dispatched = await dispatchScope.ServiceProvider.GetRequiredService<DispatchService>()
            .DispatchAsync(number, new DispatchInput { LeadUnitId = unit, Version = version }, dispatcher.Actor);
        dispatched.Errors.ShouldBeEmpty();
    }

    public static async Task<long> AttachAsync(this HotlineWebFactory app, string number, string liaison)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var version = await db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync();
        var viewer = await app.AppServices.ViewerAsync(liaison);
        var result = await scope.ServiceProvider.GetRequiredService<WorkbenchService>()
            .UploadAttachmentAsync(number, new UploadInput { FileName = "现场.pdf", Content = Pdf, Version = version }, viewer);
        result.Errors.ShouldBeEmpty();
        return await db.Attachments.Where(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)).Select(a => a.Id).FirstAsync();
    }

    public static async Task<(TicketStatus Status, int Events, uint Version)> StateAsync(this HotlineWebFactory app, string number)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var ticket = await db.Tickets.AsNoTracking().Include(t => t.Events).SingleAsync(t => t.Number == number);
        return (ticket.Status, ticket.Events.Count, ticket.Version);
    }

    public static async Task<ServiceResult<string>> AsLiaisonAsync(this HotlineWebFactory app, string liaison,
        Func<WorkbenchService, Viewer, Task<ServiceResult<string>>> act)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var viewer = await app.AppServices.ViewerAsync(liaison);
        return await act(scope.ServiceProvider.GetRequiredService<WorkbenchService>(), viewer);
    }
}
