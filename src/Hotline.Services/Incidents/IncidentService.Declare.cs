using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Incidents;

/// <summary>The declaration: on an existing master, or with a master registered from the first caller's report.</summary>
public sealed partial class IncidentService
{
    public async Task<ServiceResult<int>> DeclareAsync(DeclareIncidentInput input, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        if (await declareRules.CheckAsync<DeclareIncidentInput, int>(input, ct) is { } refused)
        {
            return refused;
        }

        if ((ServiceResult<int>.IfImplausible(clock, nameof(input.StartsAt), input.StartsAt)
             ?? ServiceResult<int>.IfImplausible(clock, nameof(input.EndsAt), input.EndsAt)) is { } implausible)
        {
            return implausible;
        }

        if (!await db.Categories.AnyAsync(c => c.Id == input.CategoryId && c.IsActive, ct))
        {
            return ServiceResult<int>.Fail(nameof(input.CategoryId), "Validation.Category.Required");
        }

        if (input.AreaUnitId is { } area && !await db.Units.AnyAsync(u => u.Id == area && u.IsActive
                && (u.Kind == Domain.Units.UnitKind.District || u.Kind == Domain.Units.UnitKind.Township), ct))
        {
            return ServiceResult<int>.Fail(nameof(input.AreaUnitId), "Validation.Area.Invalid");
        }

        if (input.NewMaster)
        {
            return await DeclareWithNewMasterAsync(input, viewer, ct);
        }

        var master = await db.Tickets.AsNoTracking().Where(t => t.Number == input.MasterTicketNumber)
            .Select(t => new { t.Id, t.Status }).FirstOrDefaultAsync(ct);
        if (master is null)
        {
            return ServiceResult<int>.Fail(nameof(input.MasterTicketNumber), "Incident.Error.MasterNotFound");
        }

        return await SaveDeclarationAsync(input, input.MasterTicketNumber!, master.Id, master.Status, viewer, ct);
    }

    /// <summary>
    /// The master registered with the declaration, through intake's own registration (the first caller's report: its call,
    /// deadline, suggested unit and dispatch queue as any ticket's), then the incident declared on it. The declaration is
    /// checked first, so a refused one registers nothing; the form's submission id makes a retry register the master
    /// once, and the master's row lock makes it find the incident the first attempt declared instead of declaring another.
    /// </summary>
    private async Task<ServiceResult<int>> DeclareWithNewMasterAsync(DeclareIncidentInput input, Viewer viewer, CancellationToken ct)
    {
        try
        {
            _ = Declare(input, 0, TicketStatus.PendingDispatch, viewer);
        }
        catch (DomainRuleException ex)
        {
            return ServiceResult<int>.Fail(FieldOf(ex.Code), ex.Code);
        }

        var category = input.MasterCategoryId ?? input.CategoryId;
        if (!await db.Categories.AnyAsync(c => c.Id == category && c.ParentId != null && c.IsActive
                && (c.Id == input.CategoryId || c.ParentId == input.CategoryId), ct))
        {
            return ServiceResult<int>.Fail(nameof(input.MasterCategoryId), "Incident.Error.MasterCategory");
        }

        var registered = await intake.ExecuteAsync(new IntakeInput
        {
            SubmissionId = input.SubmissionId,
            CallerPhone = input.MasterCallerPhone,
            CallerName = input.MasterCallerName,
            RequestType = input.MasterRequestType,
            CategoryId = category,
            AreaUnitId = input.AreaUnitId,
            Address = input.MasterAddress,
            Content = input.MasterContent,
        }, IntakeAction.Register, viewer.Actor, ct);
        if (!registered.Succeeded)
        {
            return ServiceResult<int>.Fail(registered.Errors.Select(e => e with { Field = MasterField(e.Field) }).ToList());
        }

        var number = registered.Value!.TicketNumber!;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var master = await db.Tickets.FromSql($"SELECT * FROM tickets WHERE number = {number} FOR UPDATE").AsNoTracking()
            .Select(t => new { t.Id, t.Status }).SingleAsync(ct);
        var earlier = await db.Incidents.Where(i => i.MasterTicketId == master.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        if (earlier is { } id)
        {
            return ServiceResult<int>.Ok(id);
        }

        var result = await SaveDeclarationAsync(input, number, master.Id, master.Status, viewer, ct);
        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    private async Task<ServiceResult<int>> SaveDeclarationAsync(DeclareIncidentInput input, string masterNumber, long masterId, TicketStatus masterStatus, Viewer viewer,
        CancellationToken ct)
    {
        try
        {
            var incident = Declare(input, masterId, masterStatus, viewer);
            db.Incidents.Add(incident);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Incident {IncidentId} {IncidentName} declared by {User} with master {TicketNumber}",
                incident.Id, incident.Name, viewer.Actor.UserId, masterNumber);
            return ServiceResult<int>.Ok(incident.Id);
        }
        catch (DomainRuleException ex)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(FieldOf(ex.Code), ex.Code);
        }
    }

    private Incident Declare(DeclareIncidentInput input, long masterId, TicketStatus masterStatus, Viewer viewer) =>
        Incident.Declare(input.Name!, input.CategoryId!.Value, input.AreaUnitId, clock.FromLocal(input.StartsAt!.Value),
            clock.FromLocal(input.EndsAt!.Value), masterId, masterStatus, viewer.Actor, clock.UtcNow);

    /// <summary>Intake's refusal of the new master, next to the declaration form's field that holds it.</summary>
    private static string MasterField(string intakeField) => intakeField switch
    {
        nameof(IntakeInput.CallerPhone) => nameof(DeclareIncidentInput.MasterCallerPhone),
        nameof(IntakeInput.CallerName) => nameof(DeclareIncidentInput.MasterCallerName),
        nameof(IntakeInput.RequestType) => nameof(DeclareIncidentInput.MasterRequestType),
        nameof(IntakeInput.CategoryId) => nameof(DeclareIncidentInput.MasterCategoryId),
        nameof(IntakeInput.Address) => nameof(DeclareIncidentInput.MasterAddress),
        nameof(IntakeInput.Content) => nameof(DeclareIncidentInput.MasterContent),
        nameof(IntakeInput.AreaUnitId) => nameof(DeclareIncidentInput.AreaUnitId),
        _ => string.Empty,
    };

    private static string FieldOf(string code) => code switch
    {
        "Incident.Error.NameRequired" => nameof(DeclareIncidentInput.Name),
        "Incident.Error.WindowInvalid" or "Incident.Error.WindowPassed" => nameof(DeclareIncidentInput.EndsAt),
        "Incident.Error.MasterNotOpen" => nameof(DeclareIncidentInput.MasterTicketNumber),
        _ => string.Empty,
    };
}
