using FluentValidation;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.Data.Seed;
using Hotline.Services.Deadlines;
using Hotline.Services.Dispatch;
using Hotline.Services.FollowUp;
using Hotline.Services.Intake;
using Hotline.Services.Knowledge;
using Hotline.Services.Notifications;
using Hotline.Services.Reference;
using Hotline.Services.Supervision;
using Hotline.Services.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services;

public static class ServiceCollectionExtensions
{
    public const string ConnectionStringName = "Hotline";

    public static IServiceCollection AddHotlineServices(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException($"Connection string '{ConnectionStringName}' is not configured (ConnectionStrings__{ConnectionStringName}).");
        // Pooled: the options are built once and contexts reset and reused, not built per request (docs/decisions/0042).
        services.AddDbContextPool<HotlineDbContext>(o => HotlineDbContextOptions.Configure(o, connectionString));
        // Reports read a hot standby when one is configured and keeps up (docs/decisions/0020).
        services.Configure<ReadReplicaOptions>(configuration.GetSection(ReadReplicaOptions.Section));
        services.AddSingleton(new ReplicaConnection(configuration.GetConnectionString(ReadReplicaOptions.ConnectionStringName)));
        services.AddSingleton<ReplicaMonitor>();
        services.AddScoped<ReportingDb>();
        services.Configure<HotlineOptions>(configuration.GetSection(HotlineOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HotlineClock>();
        services.AddValidatorsFromAssemblyContaining<IntakeInputValidator>(ServiceLifetime.Singleton);

        services.AddScoped<Audit.AuditLog>();
        services.Configure<IdentityOptions>(Users.HotlineIdentity.Configure);
        // Registered before Identity's own (TryAdd) registrations, so these stand whoever adds Identity next.
        services.AddScoped<IPasswordValidator<HotlineUser>, PasswordValidator<HotlineUser>>();
        services.AddScoped<IPasswordValidator<HotlineUser>, Users.PasswordRules>();
        services.AddScoped<IUserConfirmation<HotlineUser>, Users.ActiveAccountConfirmation>();
        // Lockouts on the app's clock (Identity's own manager reads the system clock).
        services.AddScoped<UserManager<HotlineUser>, Users.HotlineUserManager>();
        services.AddScoped<Users.UserDirectory>();
        services.AddScoped<Users.UserAdminService>();
        services.AddScoped<Users.AccountService>();
        services.AddScoped<Users.AdministratorSetup>();
        services.AddScoped<Users.DemoPasswordGuard>();
        services.AddScoped<Units.UnitAdminService>();
        services.AddScoped<Categories.CategoryAdminService>();
        services.AddScoped<KnowledgeAdminService>();
        services.AddScoped<DeadlineService>();
        services.AddSingleton<WorkingCalendarCache>();
        services.AddSingleton<ReferenceDataCache>();
        services.AddScoped<Review.ReviewRules>();
        services.AddScoped<Review.ReviewService>();
        services.AddScoped<Admin.ReviewPolicyAdminService>();
        services.AddScoped<DeadlineMonitor>();
        services.AddScoped<TicketNumberGenerator>();
        services.AddScoped<IntakeService>();
        services.AddScoped<Telephony.CallEventService>();
        services.AddScoped<Telephony.TelephoneFigures>();
        services.AddScoped<DispatchService>();
        services.AddScoped<ReturnDecisionService>();
        services.AddScoped<Objections.ObjectionService>();
        services.AddScoped<Appeals.AppealService>();
        services.AddScoped<Appeals.AppealWindowService>();
        services.AddScoped<Rankings.RankingVersionService>();
        services.AddScoped<Delegation.DelegationService>();
        services.AddScoped<ExtensionDecisionService>();
        services.AddScoped<UnitRequestCountService>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<SupervisorWorkListService>();
        services.AddScoped<Workbench.WorkbenchService>();
        services.AddScoped<FollowUpService>();
        services.AddScoped<Incidents.IncidentService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<TicketQueryService>();
        services.AddScoped<HoldingService>();
        services.AddScoped<Dashboards.UnitMeasuresService>();
        services.AddScoped<Dashboards.KpiWeightsService>();
        services.AddScoped<Dashboards.RankingService>();
        services.AddScoped<Dashboards.UnitPerformanceService>();
        services.AddScoped<Dashboards.UnitTrendService>();
        services.AddScoped<Dashboards.HeldTimeService>();
        services.AddScoped<Exports.TicketExportService>();
        services.AddScoped<KnowledgeService>();
        services.AddScoped<ReferenceDataService>();
        services.AddScoped<SettingsStore>();
        services.AddScoped<CalendarAdminService>();
        services.AddScoped<PolicyAdminService>();
        services.AddScoped<DeadlineCalculatorService>();
        services.AddScoped<HotlineFigures>();
        services.AddScoped<HotlineDashboardService>();
        services.AddScoped<WallMonitorService>();
        services.AddScoped<Channels.ApiClientService>();
        services.AddScoped<Channels.PublicStatusService>();
        services.AddScoped<Open311.Open311Service>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
