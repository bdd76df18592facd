using System.Globalization;
using Npgsql;

namespace Hotline.Bench.Measuring;

/// <summary>
/// <c>./build.sh bench</c>: signs in as the supervisor and as the liaison of the busiest unit, warms every page up in
/// turns, then requests each <see cref="BenchOptions.Repeat"/> times one after another and again from several clients at
/// once, and prints median and p95 latency with the database's share. A page that answers 404 (not built yet) is
/// listed as missing.
/// </summary>
internal sealed class PageBench(BenchOptions options, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        output.WriteLine($"Load average before: {LoadAverage()}");
        if (string.Equals(options.Only, "events", StringComparison.OrdinalIgnoreCase))
        {
            // The events API needs no tickets, sign-ins or pages: it runs alone, on any database the app has migrated.
            await new EventsBench(options, output).RunAsync(ct);
            output.WriteLine();
            output.WriteLine($"Load average after: {LoadAverage()} ({Environment.ProcessorCount} cores; other work on the machine inflates every figure)");
            return 0;
        }

        var unit = await BusiestUnitAsync(ct);
        output.WriteLine($"Busiest unit: {unit} (its liaison measures the workbench)");
        using var supervisor = await PageClient.LoginAsync(options.BaseUrl, "supervisor", Hotline.Services.Data.Seed.DemoUsers.Password, ct);
        using var liaison = await PageClient.LoginAsync(options.BaseUrl, $"liaison-{unit}", Hotline.Services.Data.Seed.DemoUsers.Password, ct);
        using var dispatcher = await PageClient.LoginAsync(options.BaseUrl, "dispatcher", Hotline.Services.Data.Seed.DemoUsers.Password, ct);
        using var agent = await PageClient.LoginAsync(options.BaseUrl, "agent", Hotline.Services.Data.Seed.DemoUsers.Password, ct);
        var month = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM-01", CultureInfo.InvariantCulture);
        var year = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-01-01", CultureInfo.InvariantCulture);

        // Issue 15's goals (p95, ms, at 10M tickets); null where the issue sets none.
        var pages = new List<(string Path, PageClient Client, double? Goal)>
        {
            ("/Dashboards", supervisor, 50),
            ($"/Dashboards/Ranking?Kind=Month&Date={month}", supervisor, 50),
            ($"/Dashboards/Ranking?Kind=Year&Date={year}", supervisor, 150),
            ("/Dashboards/Ranking?Kind=AllTime", supervisor, 150),
            ("/Dashboards/Wall?handler=Data", supervisor, null),
            ("/Workbench", liaison, 10),
            ("/Dispatch", dispatcher, 10),
            ("/FollowUp", agent, 10),
            ("/Tickets?Text=%E4%BE%9B%E6%9A%96", supervisor, 100),
            ("/Tickets?Text=%E6%9A%96%E6%B0%94%E4%B8%8D%E7%83%AD", supervisor, 100),
            ("/Tickets", supervisor, null),
        };

        var measured = Wanted("pages") ? pages : [];
        // Every page is warmed up, in turns, before any is measured: a hotline's server that has run for days has
        // compiled, tiered up and profiled the code all its pages share (sign-in, layout, EF). Warmed one page at a
        // time, the first pages were measured while the runtime was still recompiling that shared code for the others
        // (the dashboard, measured first: 68-80 ms p95 after its own 100 requests, 48 after 300).
        var missing = new HashSet<string>();
        for (var round = 0; round < options.Warmup; round++)
        {
            foreach (var (path, client, _) in measured)
            {
                if (!missing.Contains(path) && (await client.GetAsync(path, ct)).Status == 404)
                {
                    missing.Add(path);
                }
            }
        }

        var rows = new List<BenchRow>();
        foreach (var (path, client, goal) in measured)
        {
            if (missing.Contains(path))
            {
                rows.Add(BenchRow.Missing(path, goal));
                continue;
            }

            var sequential = new List<Sample>();
            for (var i = 0; i < options.Repeat; i++)
            {
                sequential.Add(await client.GetAsync(path, ct));
            }

            var concurrent = new List<Sample>();
            var perClient = Math.Max(1, options.Repeat / options.Concurrency);
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
            {
                for (var i = 0; i < perClient; i++)
                {
                    var sample = await client.GetAsync(path, ct);
                    lock (concurrent)
                    {
                        concurrent.Add(sample);
                    }
                }
            }));
            rows.Add(BenchRow.From(path, goal, sequential, concurrent));
        }

        if (Wanted("pages"))
        {
            BenchTable.Write(output, rows, options);
            output.WriteLine();
        }

        if (Wanted("export"))
        {
            await new ExportBench(options, output).RunAsync(supervisor, ct);
            output.WriteLine();
        }

        if (Wanted("intake"))
        {
            // Last: it adds tickets to the database the pages above were measured on.
            await new IntakeBench(options, output).RunAsync(agent, ct);
            output.WriteLine();
        }

        if (Wanted("events"))
        {
            await new EventsBench(options, output).RunAsync(ct);
            output.WriteLine();
        }

        output.WriteLine($"Load average after: {LoadAverage()} ({Environment.ProcessorCount} cores; other work on the machine inflates every figure)");
        return rows.Any(r => r.Status is not (200 or 404)) ? 1 : 0;
    }

    /// <summary>Every part unless <c>--only</c> names one (pages, export, intake, events).</summary>
    private bool Wanted(string part) => options.Only is null || string.Equals(options.Only, part, StringComparison.OrdinalIgnoreCase);

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to judge how quiet the machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private async Task<string> BusiestUnitAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT u.code FROM assignments a JOIN units u ON u.id = a.unit_id
            WHERE a.is_active AND a.resolved_at IS NULL AND a.assist_done_at IS NULL
            GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1
            """, connection);
        return (string?)await command.ExecuteScalarAsync(ct) ?? "heating";
    }
}
