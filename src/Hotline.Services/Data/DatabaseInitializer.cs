using Hotline.Services.Common;
using Hotline.Services.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Data;

/// <summary>Brings a database up to date at start: migrations, reference data, and (in Development, or when asked) demo data.</summary>
public sealed class DatabaseInitializer(
    HotlineDbContext db,
    ReferenceDataSeeder reference,
    DemoDataSeeder demo,
    IOptions<HotlineOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken ct = default)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        // Several web nodes may start at once: one migrates and seeds, the others wait on this lock.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // A migration that backfills a column of a few million tickets outlasts the 30 s command timeout of requests,
            // and so may the wait for the node that runs it.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(12345)", ct);
            // On an empty database EF reads the history table before creating it and logs that failed read as an
            // error: create the table first when it is missing, so a first run prints no ERR line.
            var historyExists = await db.Database
                .SqlQuery<bool>($"SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL AS \"Value\"").SingleAsync(ct);
            if (!historyExists)
            {
                logger.LogInformation("Empty database: creating the schema");
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
            if (pending > 0)
            {
                logger.LogInformation("Applying {Count} database migrations", pending);
            }

            await db.Database.MigrateAsync(ct);
            db.Database.SetCommandTimeout(timeout);
            logger.LogInformation("Database schema is at migration {Migration}", (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault());
            // The daily rollups count days in the hotline's zone: a changed zone rebuilds them (docs/decisions/0012).
            var zone = options.Value.TimeZone;
            if (await db.Database.SqlQuery<bool>($"SELECT hotline_use_zone({zone}) AS \"Value\"").SingleAsync(ct))
            {
                logger.LogWarning("The hotline's time zone is now {Zone}: the dashboard rollups were rebuilt", zone);
            }

            await reference.SeedAsync(ct);
            if (seedDemoData)
            {
                await demo.SeedAsync(options.Value.DemoTicketCount, walkthrough: true, ct);
            }
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(12345)", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Demo logins and tickets are seeded in Development, or where <c>Hotline:SeedDemoData</c> says so; never
    /// otherwise, so a Production database starts with no users at all.</summary>
    public static bool SeedsDemoData(bool isDevelopment, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return isDevelopment || options.SeedDemoData;
    }
}
