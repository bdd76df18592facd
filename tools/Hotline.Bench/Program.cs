using System.Globalization;
using Hotline.Bench;
using Hotline.Bench.Measuring;
using Hotline.Bench.Seeding;

// Hotline.Bench: fills a database with realistic tickets at scale, and measures the pages against it.
var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

switch (options.Command)
{
    case "seed":
        var report = await new BenchSeeder(options.ConnectionString, TimeProvider.System, Console.Out)
            .SeedAsync(options.Tickets, options.Force, ct: cancel.Token);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Seeded {report.Tickets:N0} tickets, {report.Assignments:N0} assignments, {report.Events:N0} events, {report.Calls:N0} calls,
              {report.Callbacks:N0} callbacks, {report.Extensions:N0} extension requests.
            Generate + COPY {report.Load.TotalSeconds:0} s, indexes and rollups {report.Indexes.TotalSeconds:0} s, VACUUM ANALYZE {report.Analyze.TotalSeconds:0} s,
              total {report.Total.TotalSeconds:0} s; database size {report.DatabaseBytes / 1024.0 / 1024:N0} MB.
            """));
        return 0;
    case "pages":
        return await new PageBench(options, Console.Out).RunAsync(cancel.Token);
    default:
        Console.Error.WriteLine("usage: Hotline.Bench seed N [--force] | pages --url URL [--repeat N] [--concurrency N]");
        return 2;
}
