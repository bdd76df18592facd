using Hotline.Services.Data;

namespace Hotline.Web.Infrastructure;

/// <summary>Authorization policies, named after who may pass. Pages are bound to them by folder in <see cref="WebSetup"/>.</summary>
public static class Policies
{
    /// <summary>The intake screen and its endpoints: agents only (registering is an agent act in the lifecycle table).</summary>
    public const string Intake = nameof(Intake);

    /// <summary>Ticket search and detail: everyone signed in; liaisons see only their unit's tickets.</summary>
    public const string Tickets = nameof(Tickets);

    /// <summary>The dispatch queue and dispatch/merge: dispatchers, agents (who dispatch from intake too) and supervisors.</summary>
    public const string Dispatch = nameof(Dispatch);

    public const string Admin = nameof(Admin);

    /// <summary>Deciding units' return requests: dispatchers only (approve/reject return are dispatcher moves in the lifecycle table).</summary>
    public const string ReturnDecisions = nameof(ReturnDecisions);

    /// <summary>派单异议 are arbitrated by dispatchers and supervisors (issue 18 §3).</summary>
    public const string ObjectionDecisions = nameof(ObjectionDecisions);

    /// <summary>The supervisors' pages (extension approvals): supervisors only.</summary>
    public const string Supervision = nameof(Supervision);

    /// <summary>The unit workbench: liaisons only; what they see there is limited to their unit by the service layer.</summary>
    public const string Workbench = nameof(Workbench);

    /// <summary>The callback queue and recording callbacks (回访): agents and supervisors.</summary>
    public const string FollowUp = nameof(FollowUp);

    /// <summary>Dashboards, the unit ranking, the wall monitor and their exports: supervisors and administrators.</summary>
    public const string Dashboards = nameof(Dashboards);

    /// <summary>One unit's performance page: supervisors and administrators, and liaisons for their own unit only
    /// (the page checks the unit).</summary>
    public const string UnitPerformance = nameof(UnitPerformance);

    /// <summary>申诉 (issue 18 §4): the log of appeals, for supervisors and administrators, and liaisons for their own unit only
    /// (the service narrows it); deciding them is the supervisors' (<see cref="Supervision"/>).</summary>
    public const string AppealLog = nameof(AppealLog);

    public static readonly string[] AppealLogRoles = [Roles.Supervisor, Roles.Admin, Roles.Liaison];
    public static readonly string[] FollowUpRoles = [Roles.Agent, Roles.Supervisor];
    public static readonly string[] DashboardRoles = [Roles.Supervisor, Roles.Admin];
    public static readonly string[] UnitPerformanceRoles = [Roles.Supervisor, Roles.Admin, Roles.Liaison];
    public static readonly string[] IntakeRoles = [Roles.Agent];
    public static readonly string[] DispatchRoles = [Roles.Dispatcher, Roles.Agent, Roles.Supervisor];
    public static readonly string[] TicketRoles = [Roles.Agent, Roles.Dispatcher, Roles.Supervisor, Roles.Admin, Roles.Liaison];
}
