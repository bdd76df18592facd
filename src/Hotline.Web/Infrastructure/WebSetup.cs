using System.Globalization;
using Hotline.Services.Data;
using Hotline.Web.Api.Open311;
using Hotline.Web.Api.Telephony;
using Hotline.Web.Health;
using Hotline.Web.RealTime;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Serilog;

namespace Hotline.Web.Infrastructure;

/// <summary>Everything the web host needs, in one place so the app and the test hosts are wired the same way.</summary>
public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddHotlineWeb(this IServiceCollection services, IWebHostEnvironment environment, IConfiguration configuration)
    {
        services.AddHotlineRealTime(configuration);
        services.AddHotlineSecurityHeaders();
        services.AddHotlineRateLimits();
        services.AddOpen311Api();
        services.AddScoped<TelephonyBroadcast>();
        // The options are Hotline.Services.Users.HotlineIdentity's, set where the services are added.
        services.AddIdentity<HotlineUser, IdentityRole>()
            .AddEntityFrameworkStores<HotlineDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<HotlineClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Cookie.Name = "hotline.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // JSON endpoints answer 401/403 instead of redirecting to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            // Every request checks the cookie's security stamp: signing out, deactivation, a role change or a password
            // reset ends the person's sessions at their next request (SessionCheck).
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        });
        services.AddScoped<StaffSignIn>();
        // Behind a reverse proxy the client's address is the one it forwards (the sign-in limit counts per address);
        // loopback is trusted by default, other proxies are listed in Hotline:TrustedProxies.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Hotline:TrustedProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddDataProtection().SetApplicationName("Hotline").PersistKeysToDbContext<HotlineDbContext>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Intake, p => p.RequireRole(Policies.IntakeRoles))
            .AddPolicy(Policies.Tickets, p => p.RequireRole(Policies.TicketRoles))
            .AddPolicy(Policies.Dispatch, p => p.RequireRole(Policies.DispatchRoles))
            .AddPolicy(Policies.ReturnDecisions, p => p.RequireRole(Roles.Dispatcher))
            .AddPolicy(Policies.ObjectionDecisions, p => p.RequireRole(Roles.Dispatcher, Roles.Supervisor))
            .AddPolicy(Policies.Supervision, p => p.RequireRole(Roles.Supervisor))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Workbench, p => p.RequireRole(Roles.Liaison))
            .AddPolicy(Policies.FollowUp, p => p.RequireRole(Policies.FollowUpRoles))
            .AddPolicy(Policies.Dashboards, p => p.RequireRole(Policies.DashboardRoles))
            .AddPolicy(Policies.UnitPerformance, p => p.RequireRole(Policies.UnitPerformanceRoles))
            .AddPolicy(Policies.AppealLog, p => p.RequireRole(Policies.AppealLogRoles));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Chinese unless the person chose otherwise: the browser's language does not decide.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(o =>
            {
                // Someone holding a one-time password chooses their own before anything else.
                o.Conventions.ConfigureFilter(new PasswordChangeRequiredFilter());
                o.Conventions.AuthorizeFolder("/Intake", Policies.Intake);
                o.Conventions.AuthorizeFolder("/Tickets", Policies.Tickets);
                o.Conventions.AuthorizeFolder("/Dispatch", Policies.Dispatch);
                o.Conventions.AuthorizePage("/Dispatch/Returns", Policies.ReturnDecisions);
                o.Conventions.AuthorizePage("/Dispatch/Objections", Policies.ObjectionDecisions);
                o.Conventions.AuthorizeFolder("/Supervision", Policies.Supervision);
                // 审核: reviewers are supervisors (docs/decisions/0028-reply-review.md).
                o.Conventions.AuthorizeFolder("/Review", Policies.Supervision);
                o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                o.Conventions.AuthorizeFolder("/Workbench", Policies.Workbench);
                o.Conventions.AuthorizeFolder("/FollowUp", Policies.FollowUp);
                o.Conventions.AuthorizeFolder("/Dashboards", Policies.Dashboards);
                o.Conventions.AuthorizeFolder("/Units", Policies.UnitPerformance);
                // 申诉 (ADR 0031): supervisors decide on /Appeals; the log is theirs, the administrators' and each unit's own.
                o.Conventions.AuthorizeFolder("/Appeals", Policies.AppealLog);
                o.Conventions.AuthorizePage("/Appeals/Index", Policies.Supervision);
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                o.Conventions.AllowAnonymousToPage("/Error");
                // The citizens' status page: no sign-in, its lookups rate-limited per address.
                o.Conventions.AllowAnonymousToPage("/Status/Index");
                o.Conventions.AddPageApplicationModelConvention("/Status/Index",
                    m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(RateLimits.StatusPage)));
            })
            .AddViewLocalization();
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            // Values that do not even parse (a letter in a number field) get the same translated message.
            var l = factory.Create(typeof(SharedResource));
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => l["Validation.Value.Invalid"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l["Validation.Value.Invalid"]);
            messages.SetValueIsInvalidAccessor(_ => l["Validation.Value.Invalid"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => l["Validation.Value.Invalid"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.Value.Invalid"]);
            messages.SetValueMustBeANumberAccessor(_ => l["Validation.Value.Invalid"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.Value.Invalid"]);
            messages.SetValueMustNotBeNullAccessor(_ => l["Validation.Value.Required"]);
            messages.SetMissingBindRequiredValueAccessor(_ => l["Validation.Value.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => l["Validation.Value.Required"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.Value.Required"]);
            // Every text, date and yes/no value gets its range checked as it is bound (PlausibleValueBinder).
            o.ModelBinderProviders.Insert(0, new PlausibleValueBinderProvider([.. o.ModelBinderProviders]));
        });
        // Write Chinese as characters, not &#x…; escapes (a third of the bytes on every page).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        // The layout's badges: one query per request (PendingDecisions, UnreadNotifications, NextYearCalendarWarning).
        services.AddScoped<LayoutBadges>();
        services.AddSingleton<TimeDisplay>();
        // The service layer's tests call DeadlineMonitor.RunOnceAsync themselves; only the app runs it on a timer.
        services.AddHostedService<Hotline.Services.Deadlines.DeadlineMonitorService>();
        services.AddHostedService<Hotline.Services.Dashboards.FigureFoldService>();
        // Measures the standby's lag every few seconds when one is configured (ReportingDb reads it).
        services.AddHostedService<Hotline.Services.Data.ReadReplica.ReplicaMonitorService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        // Feeds the Server-Timing header (ServerTimingMiddleware); without the middleware it records nothing.
        services.ConfigureDbContext<HotlineDbContext>(o => o.AddInterceptors(new DbTimingInterceptor()));
        return services;
    }

    public static WebApplication UseHotlineWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // First, so every response carries them: pages, files, errors, the outage page.
        app.UseSecurityHeaders();
        if (app.Configuration.GetValue("Hotline:ServerTiming", true))
        {
            app.UseMiddleware<ServerTimingMiddleware>();
        }

        // Early, so error pages re-executed below keep the request's language (?culture=en is gone by then).
        app.UseRequestLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseSerilogRequestLogging();
        // Inside the error handlers (so an outage is not a 500) and outside authentication (which reads users too).
        app.UseMiddleware<DatabaseOutageMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // The API's key is read (and the form of a POST) before the rate limiter, which limits per key.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase), b => b.UseMiddleware<Open311Caller>());
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        app.MapOpen311Api();
        app.MapTelephonyApi();
        app.MapHotlineRealTime();
        return app;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        // A script asking for JSON (the wall monitor's refresh) gets the status it can act on, not the login page.
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || AsksForJsonOnly(ctx.Request))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    internal static bool AsksForJsonOnly(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
