using System.Globalization;
using Npgsql;

namespace Hotline.Bench.Measuring;

/// <summary>
/// The ticket export of last month (tens of thousands of rows, below the 50,000-row cap) as xlsx and CSV, three times
/// each: time, file size, and the app's resident memory (current and peak, from /proc when the app's pid is known).
/// The workbook is built in memory, so its peak is what an operator has to provision for.
/// </summary>
internal sealed class ExportBench(BenchOptions options, TextWriter output)
{
    private const int Runs = 3;

    public async Task RunAsync(PageClient supervisor, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var to = from.AddMonths(1).AddDays(-1);
        var rows = await TicketsAsync(from, to, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ticket export of {from:yyyy-MM} ({rows:N0} tickets), {Runs} runs each; app memory before: {Memory()}"));
        output.WriteLine();
        output.WriteLine("| export | status | size | median ms | max ms | app memory after (current / peak) |");
        output.WriteLine("|---|---|---:|---:|---:|---|");
        foreach (var format in new[] { "Excel", "Csv" })
        {
            var path = $"/Tickets?handler={format}&From={from:yyyy-MM-dd}&To={to:yyyy-MM-dd}";
            var samples = new List<Sample>();
            for (var i = 0; i < Runs; i++)
            {
                samples.Add(await supervisor.GetAsync(path, ct));
            }

            var times = samples.Select(s => s.TotalMs).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {format} | {samples[^1].Status} | {samples[^1].Bytes / 1024.0 / 1024:0.0} MB | {times[times.Count / 2]:0} | {times[^1]:0} | {Memory()} |"));
        }
    }

    private async Task<long> TicketsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM tickets
            WHERE registered_at >= (@from::timestamp AT TIME ZONE 'Asia/Shanghai') AND registered_at < (@to::timestamp AT TIME ZONE 'Asia/Shanghai')
            """, connection);
        command.Parameters.AddWithValue("from", from.ToDateTime(TimeOnly.MinValue));
        command.Parameters.AddWithValue("to", to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>VmRSS / VmHWM of the app's process, when <c>--app-pid</c> was given (Linux).</summary>
    private string Memory()
    {
        var status = options.AppPid is { } pid ? $"/proc/{pid}/status" : null;
        if (status is null || !File.Exists(status))
        {
            return "unknown";
        }

        var lines = File.ReadAllLines(status);
        string Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) is { } line
            ? $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024} MB"
            : "?";
        return $"{Field("VmRSS:")} / {Field("VmHWM:")}";
    }
}
