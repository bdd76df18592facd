using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data.Seed;
using Hotline.Services.Dispatch;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Decisions;

/// <summary>
/// A unit's requests made through the domain, as its liaison would on the workbench (built elsewhere), and the
/// decisions on them through the services, as the dispatcher's and supervisor's pages call them.
/// </summary>
internal static class UnitRequests
{
    public const string ReturnReason = "该小区供暖由物业自管锅炉房负责，不属于热力公司管网。";
    public const string ExtensionReason = "需更换主管道阀门，配件需要厂家调货。";

    /// <summary>A fresh complaint about heating, dispatched to <paramref name="unitCode"/>.</summary>
    public static async Task<string> DispatchedTicketAsync(this DatabaseFixture app, string unitCode = "heating")
    {
        var number = await app.RegisterAsync(IntakeInputs.Register(await app.CategoryIdAsync("utilities-heating")));
        await app.DispatchAsync(number, unitCode);
        return number;
    }

    public static Task<Viewer> LiaisonAsync(this DatabaseFixture app, string unitCode) =>
        app.ViewerAsync(DemoUsers.LiaisonUserName(unitCode));

    /// <summary>The unit's liaison asks to give the ticket back, after signing for it unless told otherwise.</summary>
    public static async Task RequestReturnAsync(this DatabaseFixture app, string number, string unitCode = "heating", bool signFirst = true)
    {
        var liaison = await app.LiaisonAsync(unitCode);
        await app.WriteAsync(async db =>
        {
            var ticket = await Load(db, number);
            if (signFirst)
            {
                ticket.SignFor(liaison.UnitId!.Value, liaison.Actor, app.Clock.GetUtcNow());
            }

            ticket.RequestReturn(liaison.UnitId!.Value, liaison.Actor, app.Clock.GetUtcNow(), ReturnReason);
        });
    }

    /// <summary>The unit's liaison signs for the ticket and asks for <paramref name="later"/> more time; returns the request's id.</summary>
    public static async Task<long> RequestExtensionAsync(this DatabaseFixture app, string number, TimeSpan later, string unitCode = "heating")
    {
        var liaison = await app.LiaisonAsync(unitCode);
        await app.WriteAsync(async db =>
        {
            var ticket = await Load(db, number);
            var unitId = liaison.UnitId!.Value;
            if (ticket.Status == TicketStatus.Dispatched)
            {
                ticket.SignFor(unitId, liaison.Actor, app.Clock.GetUtcNow());
            }

            var due = ticket.Assignments.Single(a => a.IsActive && a.UnitId == unitId).ResolveDueAt;
            ticket.RequestExtension(unitId, liaison.Actor, app.Clock.GetUtcNow(), ExtensionReason, due + later);
        });
        return await app.ReadAsync(db => db.ExtensionRequests.Where(e => e.Status == RequestStatus.Pending)
            .Join(db.Tickets.Where(t => t.Number == number), e => e.TicketId, t => t.Id, (e, _) => e.Id).SingleAsync());
    }

    public static Task<Ticket> StoredAsync(this DatabaseFixture app, string number) =>
        app.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Extensions).Include(t => t.Events)
            .AsSplitQuery().SingleAsync(t => t.Number == number));

    public static async Task<ServiceResult<string>> ApproveReturnAsync(this DatabaseFixture app, string number, string? note = null,
        string userName = "dispatcher", uint? version = null)
    {
        var actor = (await app.ViewerAsync(userName)).Actor;
        var input = new ReturnDecisionInput { Number = number, Version = version ?? await app.VersionAsync(number), Note = note };
        return await app.UseAsync<ReturnDecisionService, ServiceResult<string>>(s => s.ApproveAsync(input, actor));
    }

    public static async Task<ServiceResult<string>> RejectReturnAsync(this DatabaseFixture app, string number, string? note,
        string userName = "dispatcher", uint? version = null)
    {
        var actor = (await app.ViewerAsync(userName)).Actor;
        var input = new ReturnDecisionInput { Number = number, Version = version ?? await app.VersionAsync(number), Note = note };
        return await app.UseAsync<ReturnDecisionService, ServiceResult<string>>(s => s.RejectAsync(input, actor));
    }

    public static async Task<ServiceResult<string>> DecideExtensionAsync(this DatabaseFixture app, string number, long requestId,
        bool approve, string? note = null, string userName = "supervisor", uint? version = null)
    {
        var actor = (await app.ViewerAsync(userName)).Actor;
        var input = new ExtensionDecisionInput { Number = number, RequestId = requestId, Version = version ?? await app.VersionAsync(number), Note = note };
        return await app.UseAsync<ExtensionDecisionService, ServiceResult<string>>(s =>
            approve ? s.ApproveAsync(input, actor) : s.RejectAsync(input, actor));
    }

    /// <summary>Notifications of <paramref name="kind"/> about the ticket, by recipient user name.</summary>
    public static Task<List<string>> NotifiedAsync(this DatabaseFixture app, string number, Domain.Notifications.NotificationKind kind) =>
        app.ReadAsync(db => (from n in db.Notifications
                             join u in db.Users on n.UserId equals u.Id
                             where n.TicketNumber == number && n.Kind == kind
                             select u.UserName!).ToListAsync());

    private static Task<Ticket> Load(Data.HotlineDbContext db, string number) =>
        db.Tickets.Include(t => t.Assignments).Include(t => t.Extensions).SingleAsync(t => t.Number == number);
}
