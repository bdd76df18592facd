using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Tests.Monitor;

/// <summary>
/// A database whose heating company has two liaisons (so "every liaison is told" means something), with helpers
/// to dispatch urgent tickets (30-minute sign-for and first-contact clocks) and run monitor rounds.
/// </summary>
public sealed class MonitorDatabaseFixture : DatabaseFixture
{
    public const string SecondLiaison = "liaison-heating-2";

    protected override async Task SeedAsync()
    {
        var heating = await UnitIdAsync("heating");
        await WriteAsync(db =>
        {
            db.Users.Add(new HotlineUser
            {
                UserName = SecondLiaison,
                NormalizedUserName = SecondLiaison.ToUpperInvariant(),
                DisplayName = "热力公司联络员二",
                UnitId = heating,
                SecurityStamp = Guid.NewGuid().ToString(),
            });
            return Task.CompletedTask;
        });
    }

    /// <summary>Registers an urgent heating complaint and dispatches it now to <paramref name="unitCode"/>.</summary>
    public async Task<string> DispatchedUrgentAsync(string unitCode = "heating", params string[] assisting)
    {
        var number = await RegisterAsync(IntakeInputs.Register(await CategoryIdAsync("utilities-heating"), urgency: Urgency.Urgent));
        var dispatcher = await ViewerAsync("dispatcher");
        var input = new DispatchInput
        {
            LeadUnitId = await UnitIdAsync(unitCode),
            Version = await ReadAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync()),
        };
        foreach (var code in assisting)
        {
            input.AssistingUnitIds.Add(await UnitIdAsync(code));
        }

        var result = await UseAsync<DispatchService, ServiceResult<string>>(s => s.DispatchAsync(number, input, dispatcher.Actor));
        result.Errors.ShouldBeEmpty();
        return number;
    }

    /// <summary>One monitor round in a scope of its own, as the hosted service runs it.</summary>
    public async Task<int> RunMonitorAsync(Action<HotlineOptions>? configure = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await Monitor(scope.ServiceProvider, configure).RunOnceAsync();
    }

    public static DeadlineMonitor Monitor(IServiceProvider services, Action<HotlineOptions>? configure = null)
    {
        if (configure is null)
        {
            return services.GetRequiredService<DeadlineMonitor>();
        }

        var options = new HotlineOptions();
        configure(options);
        return ActivatorUtilities.CreateInstance<DeadlineMonitor>(services, Options.Create(options));
    }

    public Task<Assignment> AssignmentAsync(string number, string unitCode = "heating") =>
        ReadAsync(async db =>
        {
            var unit = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            return await db.Tickets.Where(t => t.Number == number).SelectMany(t => t.Assignments)
                .AsNoTracking().SingleAsync(a => a.UnitId == unit && a.IsActive);
        });

    public Task<List<Notification>> NotificationsAsync(string number, NotificationKind? kind = null) =>
        ReadAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.TicketNumber == number && (kind == null || n.Kind == kind))
            .OrderBy(n => n.Id).ToListAsync());

    /// <summary>The user ids of the unit's liaisons.</summary>
    public Task<List<string>> LiaisonsAsync(string unitCode) =>
        ReadAsync(db => db.Users.Where(u => db.Units.Any(x => x.Code == unitCode && x.Id == u.UnitId))
            .Select(u => u.Id).OrderBy(id => id).ToListAsync());

    /// <summary>The heating liaison signs for the ticket now (the workbench's act, straight on the aggregate).</summary>
    public async Task SignForAsync(string number, string unitCode = "heating")
    {
        var liaison = await ViewerAsync($"liaison-{unitCode}");
        var now = Clock.GetUtcNow();
        await WriteAsync(async db =>
        {
            var ticket = await db.Tickets.Include(t => t.Assignments).SingleAsync(t => t.Number == number);
            ticket.SignFor(liaison.UnitId!.Value, liaison.Actor, now);
        });
    }

    public async Task RecordContactAsync(string number, string unitCode = "heating")
    {
        var liaison = await ViewerAsync($"liaison-{unitCode}");
        var now = Clock.GetUtcNow();
        await WriteAsync(async db =>
        {
            var ticket = await db.Tickets.Include(t => t.Assignments).SingleAsync(t => t.Number == number);
            ticket.RecordContact(liaison.UnitId!.Value, liaison.Actor, now, now, "已电话联系市民，约定上门时间。");
        });
    }
}
