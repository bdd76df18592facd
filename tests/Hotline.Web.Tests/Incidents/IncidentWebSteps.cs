using Hotline.Domain.Access;
using Hotline.Services.Common;
using Hotline.Services.Incidents;
using Hotline.Services.Intake;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Incidents;

/// <summary>Incidents made through the services, as a supervisor and the agents would: declared, calls attached, callers listed.</summary>
internal static class IncidentWebSteps
{
    public static readonly Viewer Supervisor = new(new Actor("incident-supervisor", "陈志强", new HashSet<Role> { Role.Supervisor }), null);

    public static readonly Viewer Agent = new(new Actor("incident-agent", "王晓燕", new HashSet<Role> { Role.Agent }), null);

    /// <summary>An incident over the master's category, the whole city, from an hour ago for a day.</summary>
    public static async Task<int> DeclareAsync(this HotlineWebFactory app, string master, string name = "寒潮：全市供暖不足")
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Services.Data.HotlineDbContext>();
        var category = db.Tickets.Where(t => t.Number == master).Select(t => t.CategoryId).Single();
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
        var now = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        var result = await scope.ServiceProvider.GetRequiredService<IncidentService>().DeclareAsync(new DeclareIncidentInput
        {
            Name = name,
            CategoryId = category,
            StartsAt = now.AddHours(-1),
            EndsAt = now.AddDays(1),
            MasterTicketNumber = master,
        }, Supervisor);
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    /// <summary>Calls from <paramref name="count"/> different numbers attached at intake.</summary>
    public static async Task AttachCallsAsync(this HotlineWebFactory app, int incidentId, int count, string prefix = "1370000")
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = app.AppServices.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(new IntakeInput
            {
                SubmissionId = Guid.NewGuid(),
                CallerPhone = $"{prefix}{i:0000}",
                CallerName = $"市民{i + 1}",
                Content = "家里暖气不热。",
                IncidentId = incidentId,
            }, IntakeAction.AttachToIncident, Agent.Actor);
            result.Errors.ShouldBeEmpty();
        }
    }

    public static async Task<int> ListCallbacksAsync(this HotlineWebFactory app, int incidentId)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IncidentService>().ListCallbacksAsync(incidentId, Agent);
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }
}
