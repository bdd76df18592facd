using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Workbench;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.FollowUp;

/// <summary>Tickets waiting for their callback, made through the services as the hotline and the unit would.</summary>
internal static class FollowUpTickets
{
    public const string Result = "已上门检修换热站阀门并排气，室温恢复到20度。";

    /// <summary>A heating help request dispatched to <paramref name="unitCode"/>, signed for, contacted and resolved now.</summary>
    public static async Task<string> ResolvedTicketAsync(this HotlineWebFactory app, string unitCode = "heating")
    {
        var number = await app.DispatchedTicketAsync(unitCode);
        await app.ResolveAsync(number, $"liaison-{unitCode}");
        return number;
    }

    /// <summary>The current round at the unit of <paramref name="liaison"/>: signed for, contacted and resolved now.</summary>
    public static async Task ResolveAsync(this HotlineWebFactory app, string number, string liaison = "liaison-heating")
    {
        (await app.AsLiaisonAsync(liaison, async (s, v) => await s.SignForAsync(number, new SignForInput { Version = await app.VersionAsync(number) }, v)))
            .Errors.ShouldBeEmpty();
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
        (await app.AsLiaisonAsync(liaison, async (s, v) => await s.RecordContactAsync(number, new ContactInput
        {
            ContactedAt = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified),
            Method = ContactMethod.Phone,
            Summary = "已电话联系刘先生，约定上门。",
            Version = await app.VersionAsync(number),
        }, v))).Errors.ShouldBeEmpty();
        (await app.AsLiaisonAsync(liaison, async (s, v) => await s.ResolveAsync(number, new ResolveInput
        {
            Result = Result,
            Outcome = ResolutionOutcome.Solved,
            Version = await app.VersionAsync(number),
        }, v))).Errors.ShouldBeEmpty();
    }

    public static async Task<uint> VersionAsync(this HotlineWebFactory app, string number)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HotlineDbContext>().Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync();
    }

    /// <summary>The ticket's status, callbacks and events as stored: a refused form must leave all three unchanged.</summary>
    public static async Task<(TicketStatus Status, int Callbacks, int Events)> CallbackStateAsync(this HotlineWebFactory app, string number)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var ticket = await scope.ServiceProvider.GetRequiredService<HotlineDbContext>().Tickets.AsNoTracking()
            .Include(t => t.Callbacks).Include(t => t.Events).AsSplitQuery().SingleAsync(t => t.Number == number);
        return (ticket.Status, ticket.Callbacks.Count, ticket.Events.Count);
    }
}
