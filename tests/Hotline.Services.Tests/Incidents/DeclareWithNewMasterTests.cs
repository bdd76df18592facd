using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Incidents;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Incidents;

/// <summary>The master registered on the declaration form: through intake's registration, once, and only for a declaration that holds.</summary>
public sealed class DeclareWithNewMasterTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private async Task<DeclareIncidentInput> FormAsync(string category = "utilities-heating", string? masterCategory = null)
    {
        var local = TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;
        var now = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        return new DeclareIncidentInput
        {
            Name = "爆管：芝罘区停水",
            CategoryId = await App.CategoryIdAsync(category),
            AreaUnitId = await App.UnitIdAsync("zhifu"),
            StartsAt = now,
            EndsAt = now.AddDays(2),
            NewMaster = true,
            SubmissionId = Guid.NewGuid(),
            MasterCallerPhone = "13905358801",
            MasterCallerName = "刘先生",
            MasterRequestType = RequestType.HelpRequest,
            MasterCategoryId = masterCategory is null ? null : await App.CategoryIdAsync(masterCategory),
            MasterAddress = "芝罘区南大街 100 号",
            MasterContent = "南大街主水管爆裂，整条街停水，路面积水。",
        };
    }

    private async Task<ServiceResult<int>> DeclareAsync(DeclareIncidentInput input, string user = "supervisor")
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.DeclareAsync(input, viewer));
    }

    [Fact]
    public async Task A_supervisor_registers_the_master_with_the_declaration_and_a_retry_declares_and_registers_once()
    {
        var input = await FormAsync("utilities-water-outage");
        var declared = await DeclareAsync(input);
        declared.Errors.ShouldBeEmpty();
        var again = await DeclareAsync(input);
        again.Value.ShouldBe(declared.Value, "the same form sent twice declares one incident");

        var incident = await App.IncidentAsync(declared.Value);
        var master = await App.TicketAsync(incident.Summary.MasterNumber);
        (master.Status, master.CallerPhone, master.CategoryId, master.AreaUnitId).ShouldBe(
            (TicketStatus.PendingDispatch, "13905358801", input.CategoryId!.Value, input.AreaUnitId));
        master.Content.ShouldBe(input.MasterContent);
        (await App.ReadAsync(db => db.Tickets.CountAsync(t => t.CallerPhone == "13905358801"))).ShouldBe(1, "the master is registered once");
        (await App.ReadAsync(db => db.Incidents.CountAsync(i => i.MasterTicketId == master.Id))).ShouldBe(1);
        (await App.ReadAsync(db => db.Calls.CountAsync(c => c.TicketId == master.Id))).ShouldBe(1, "registered from the first caller's report, as intake does");
    }

    [Fact]
    public async Task A_declaration_refused_registers_no_master()
    {
        var counts = await App.CountAsync();
        var incidents = await App.ReadAsync(db => db.Incidents.CountAsync());
        var past = await FormAsync();
        past.StartsAt = past.StartsAt!.Value.AddDays(-3);
        past.EndsAt = past.StartsAt.Value.AddHours(1);
        (await DeclareAsync(past)).Errors.Single().Code.ShouldBe("Incident.Error.WindowPassed");

        var group = await FormAsync(category: "utilities", masterCategory: "environment-noise-social");
        (await DeclareAsync(group)).Errors.Single().ShouldBe(new ServiceError(nameof(DeclareIncidentInput.MasterCategoryId), "Incident.Error.MasterCategory"));

        var noPhone = await FormAsync();
        noPhone.MasterCallerPhone = "12";
        (await DeclareAsync(noPhone)).Errors.Single().Field.ShouldBe(nameof(DeclareIncidentInput.MasterCallerPhone));

        (await DeclareAsync(await FormAsync(), user: "agent")).Errors.Single().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.CountAsync()).ShouldBe(counts, "nothing registered");
        (await App.ReadAsync(db => db.Incidents.CountAsync())).ShouldBe(incidents, "nothing declared");
    }

    [Fact]
    public async Task A_group_incident_takes_a_master_of_one_of_its_categories()
    {
        var input = await FormAsync(category: "utilities", masterCategory: "utilities-water-outage");
        var declared = await DeclareAsync(input);
        declared.Errors.ShouldBeEmpty();
        var master = await App.TicketAsync((await App.IncidentAsync(declared.Value)).Summary.MasterNumber);
        master.CategoryId.ShouldBe(await App.CategoryIdAsync("utilities-water-outage"));
    }
}
