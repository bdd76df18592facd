using Hotline.Services.Common;
using Hotline.Services.Incidents;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Incidents;

/// <summary>Steps of the incident tests: a declaration, an attached call, a callback list.</summary>
internal static class IncidentSteps
{
    public static async Task<ServiceResult<int>> DeclareAsync(this DatabaseFixture app, string master, string category = "utilities-heating",
        string? area = "laishan", string user = "supervisor")
    {
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
        var now = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        var input = new DeclareIncidentInput
        {
            Name = "寒潮：莱山区供暖不足",
            CategoryId = await app.CategoryIdAsync(category),
            AreaUnitId = area is null ? null : await app.UnitIdAsync(area),
            StartsAt = now.AddHours(-1),
            EndsAt = now.AddDays(1),
            MasterTicketNumber = master,
        };
        var viewer = await app.ViewerAsync(user);
        return await app.UseAsync<IncidentService, ServiceResult<int>>(s => s.DeclareAsync(input, viewer));
    }

    /// <summary>The attach form: the caller's number and words, and (optionally) the category and area the agent picked.</summary>
    public static IntakeInput Attach(int incidentId, string phone, string? words = "暖气不热，家里只有十三度。", int? categoryId = null, int? areaUnitId = null) =>
        new()
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = phone,
            CallerName = "市民",
            Content = words,
            CategoryId = categoryId,
            AreaUnitId = areaUnitId,
            IncidentId = incidentId,
        };

    public static Task<ServiceResult<IntakeOutcome>> AttachAsync(this DatabaseFixture app, IntakeInput input) =>
        app.IntakeAsync(input, IntakeAction.AttachToIncident);

    public static async Task<IncidentDetail> IncidentAsync(this DatabaseFixture app, int id) =>
        (await app.UseAsync<IncidentService, IncidentDetail?>(s => s.DetailAsync(id))).ShouldNotBeNull();
}
