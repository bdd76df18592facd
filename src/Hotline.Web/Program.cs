using Hotline.Services;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Users;
using Hotline.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Serilog;

// `dotnet Hotline.Web.dll create-admin NAME` creates an administrator and exits (docs/operations.md);
// `dotnet Hotline.Web.dll telephony-key NAME` prints a telephone platform key (the simulator's, `./build.sh run --simulate`).
var verb = args.Length > 0 && args[0] is AdministratorSetup.CommandLine or TelephonyKeyCommand.CommandLine ? args[0] : null;
var command = verb is null ? null : args[1..];
var builder = WebApplication.CreateBuilder(command is null ? args : []);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());
builder.Services.AddHotlineServices(builder.Configuration);
builder.Services.AddHotlineWeb(builder.Environment, builder.Configuration);

var app = builder.Build();
var options = app.Services.GetRequiredService<IOptions<HotlineOptions>>().Value;

if (!options.SkipDatabaseInitialization)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
        .InitializeAsync(seedDemoData: DatabaseInitializer.SeedsDemoData(app.Environment.IsDevelopment(), options));
}

if (command is not null)
{
    return verb == TelephonyKeyCommand.CommandLine
        ? await TelephonyKeyCommand.RunAsync(app.Services, command)
        : await CreateAdminCommand.RunAsync(app.Services, command);
}

if (app.Environment.IsProduction() && !options.AcceptDemoPasswords && !await StartupChecks.DemoPasswordsAbsentAsync(app.Services))
{
    return 1;
}

app.UseHotlineWeb();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so test hosts can reference it.</summary>
public partial class Program;
