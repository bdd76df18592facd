using Hotline.Services;
using Hotline.Services.Data;
using Hotline.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());
builder.Services.AddHotlineServices(builder.Configuration);
builder.Services.AddHotlineWeb(builder.Environment);

var app = builder.Build();

if (!app.Configuration.GetValue<bool>("Hotline:SkipDatabaseInitialization"))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(allowDemoData: !app.Environment.IsProduction());
}

app.UseHotlineWeb();
await app.RunAsync();

/// <summary>Entry point; public so test hosts can reference it.</summary>
public partial class Program;
