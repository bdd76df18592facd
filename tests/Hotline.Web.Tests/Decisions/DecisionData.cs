using Hotline.Domain.Tickets;
using Hotline.Services.Appeals;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Decisions;

/// <summary>
/// Tickets with a unit's pending request, made through the app's own services and the domain (the liaison
/// workbench is built elsewhere), for the decision pages to act on.
/// </summary>
internal static class DecisionData
{
    public const string ReturnReason = "该地址属于开发区管委会辖区，不属于本单位。";
    public const string ExtensionReason = "需协调多个部门联合检查，申请延期。";

    /// <summary>A help request dispatched to the heating company, whose liaison signed for it and asked to return it.</summary>
    public static async Task<string> ReturnRequestedAsync(this HotlineWebFactory app, string unitCode = "heating")
    {
        var number = await app.DispatchedAsync(unitCode);
        await app.AsLiaisonAsync(number, unitCode, (ticket, unitId, liaison, now) =>
        {
            ticket.SignFor(unitId, liaison, now);
            ticket.RequestReturn(unitId, liaison, now, ReturnReason, Domain.Tickets.ReturnReason.NotOurResponsibility);
        });
        return number;
    }

    /// <summary>A ticket whose lead unit disputes the dispatch (派单异议), suggesting <paramref name="suggested"/>; returns the number.</summary>
    public static async Task<string> ObjectedAsync(this HotlineWebFactory app, string unitCode = "heating", string suggested = "water")
    {
        var number = await app.DispatchedAsync(unitCode);
        var suggestedId = await app.ReadAsync(db => db.Units.Where(u => u.Code == suggested).Select(u => u.Id).SingleAsync());
        await app.AsLiaisonAsync(number, unitCode, (ticket, unitId, liaison, now) =>
            ticket.RaiseObjection(unitId, liaison, now, "该路段供水管网归自来水公司管理。", suggestedId));
        return number;
    }

    /// <summary>A ticket whose lead unit signed for it and asked for <paramref name="days"/> more days; returns the number.</summary>
    public static async Task<string> ExtensionRequestedAsync(this HotlineWebFactory app, int days = 3, string unitCode = "heating")
    {
        var number = await app.DispatchedAsync(unitCode);
        await app.AsLiaisonAsync(number, unitCode, (ticket, unitId, liaison, now) =>
        {
            ticket.SignFor(unitId, liaison, now);
            var due = ticket.Assignments.Single(a => a.IsActive).ResolveDueAt;
            ticket.RequestExtension(unitId, liaison, now, ExtensionReason, due.AddDays(days));
        });
        return number;
    }

    /// <summary>
    /// A ticket whose lead unit let the sign-for deadline pass (the clock moves on two days) and appealed it (申诉), through
    /// the appeal service as the workbench calls it; returns the number.
    /// </summary>
    public static async Task<string> AppealedAsync(this HotlineWebFactory app, string unitCode = "heating")
    {
        var number = await app.DispatchedAsync(unitCode);
        // Just past the sign-for deadline, wherever the shared clock stands (two days on could land before it, over a weekend).
        var due = (await app.StoredAsync(number)).Assignments.Single(a => a.IsLead).SignForDueAt;
        if (app.Clock.GetUtcNow() <= due)
        {
            app.Clock.AdjustTime(due.AddMinutes(1));
        }

        var stored = await app.StoredAsync(number);
        var liaison = await app.AppServices.ViewerAsync($"liaison-{unitCode}");
        await using var scope = app.AppServices.CreateAsyncScope();
        var input = new AppealInput
        {
            Mark = AppealedMark.SignForLate,
            FactId = stored.Assignments.Single(a => a.IsLead).Id,
            Reason = "当日政务网故障，签收按钮无响应。",
            Version = stored.Version,
        };
        var result = await scope.ServiceProvider.GetRequiredService<AppealService>().RaiseAsync(number, input, [], liaison);
        result.Errors.ShouldBeEmpty();
        return number;
    }

    public static async Task<T> ReadAsync<T>(this HotlineWebFactory app, Func<HotlineDbContext, Task<T>> read)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }

    public static Task<Ticket> StoredAsync(this HotlineWebFactory app, string number) =>
        app.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Extensions)
            .AsSplitQuery().SingleAsync(t => t.Number == number));

    private static async Task<string> DispatchedAsync(this HotlineWebFactory app, string unitCode)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var category = await db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync();
        var unit = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var agent = await app.AppServices.ViewerAsync("agent");
        var registered = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = "13905351234",
            RequestType = RequestType.HelpRequest,
            CategoryId = category,
            Address = "芝罘区南大街88号",
            Content = "市民来电反映家中暖气不热，室温只有十二度，请尽快维修。",
        }, IntakeAction.Register, agent.Actor);
        var number = registered.Value!.TicketNumber!;
        var dispatcher = await app.AppServices.ViewerAsync("dispatcher");
        var version = await db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync();
        var dispatched = await scope.ServiceProvider.GetRequiredService<DispatchService>()
            .DispatchAsync(number, new DispatchInput { LeadUnitId = unit, Version = version }, dispatcher.Actor);
        dispatched.Errors.ShouldBeEmpty();
        return number;
    }

    private static async Task AsLiaisonAsync(this HotlineWebFactory app, string number, string unitCode,
        Action<Ticket, int, Domain.Access.Actor, DateTimeOffset> act)
    {
        var liaison = await app.AppServices.ViewerAsync($"liaison-{unitCode}");
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var ticket = await db.Tickets.Include(t => t.Assignments).Include(t => t.Extensions).SingleAsync(t => t.Number == number);
        act(ticket, liaison.UnitId!.Value, liaison.Actor, app.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }
}
