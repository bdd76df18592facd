using System.Globalization;

namespace Hotline.Bench.Measuring;

/// <summary>Prints the results as a Markdown table, ready for docs/performance.md.</summary>
internal static class BenchTable
{
    public static void Write(TextWriter output, IReadOnlyList<BenchRow> rows, BenchOptions options)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Repeat} sequential requests per page, then {options.Concurrency} clients at once; times in ms (client-side total; db = Server-Timing)."));
        output.WriteLine();
        output.WriteLine("| page | status | median | p95 | goal p95 | db median | db p95 | queries | SQL/total | concurrent median | concurrent p95 |");
        output.WriteLine("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            output.WriteLine(r.Status == 404
                ? $"| `{r.Path}` | missing (404) | | | | | | | | | |"
                : string.Create(CultureInfo.InvariantCulture,
                    $"| `{r.Path}` | {r.Status} | {r.Median:0.0} | {r.P95:0.0} | {(r.Goal is { } g ? $"≤ {g:0} {r.Verdict}" : "")} | {r.DbMedian:0.0} | {r.DbP95:0.0} | {r.Queries:0.#} | {r.SqlShare:P0} | {r.ConcurrentMedian:0.0} | {r.ConcurrentP95:0.0} |"));
        }
    }
}
