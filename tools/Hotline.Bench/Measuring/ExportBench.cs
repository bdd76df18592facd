using System.Globalization;
using Npgsql;

namespace Hotline.Bench.Measuring;

/// <summary>
/// The ticket export of last month as xlsx and CSV, three times each, then the largest export one sheet takes (a year, or
/// as many months as fit in 1,048,575 rows) once: time, file size, and the app's resident memory (current and peak, from
/// /proc when the app's pid is known). Exports stream, so the peak should not grow with the rows.
/// </summary>
internal sealed class ExportBench(BenchOptions options, TextWriter output)
{
    private const int Runs = 3;

    /// <summary>The month of issue 15's export goal (within 2 s) held this many tickets (at 1M).</summary>
    private const int GoalMonthRows = 41_689;

    public async Task RunAsync(PageClient supervisor, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var to = from.AddMonths(1).AddDays(-1);
        output.WriteLine($"Goal (issue 15): a month's export ({GoalMonthRows:N0} rows at 1M) within 2 s, the app's peak memory (VmHWM) under 300 MB. App memory before: {Memory()}");
        // The pages measured before set the process's peak; the exports' own peak is read from here on.
        output.WriteLine(ResetPeak() ? "The app's peak (VmHWM) was reset here: the peaks below are the exports' own." : "The app's peak could not be reset: the peaks below include the pages'.");
        output.WriteLine();
        output.WriteLine("| export | rows | status | size | median ms | max ms | app memory after (current / peak) |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---|");
        // The goal's month held 41,689 tickets at 1M; at 10M a month holds ten times as many. The last days of last month
        // that hold as many as the goal's month are exported too, so the goal is measured at the size it was set for.
        var daysFrom = to;
        while (daysFrom > from && await TicketsAsync(daysFrom, to, ct) < GoalMonthRows)
        {
            daysFrom = daysFrom.AddDays(-1);
        }

        if (daysFrom > from)
        {
            await ExportAsync(supervisor, $"{daysFrom:MM-dd}…{to:MM-dd}", daysFrom, to, Runs, ct);
        }

        await ExportAsync(supervisor, $"{from:yyyy-MM}", from, to, Runs, ct);

        // The largest export one sheet takes: a year, or as many whole months back from last month as fit.
        var start = from;
        for (var months = 1; months < 12; months++)
        {
            if (await TicketsAsync(from.AddMonths(-months), to, ct) > Hotline.Services.Exports.TableExport.MaxXlsxRows)
            {
                break;
            }

            start = from.AddMonths(-months);
        }

        if (start < from)
        {
            await ExportAsync(supervisor, $"{start:yyyy-MM}…{from:yyyy-MM}", start, to, 1, ct);
        }
    }

    private async Task ExportAsync(PageClient supervisor, string label, DateOnly from, DateOnly to, int runs, CancellationToken ct)
    {
        var rows = await TicketsAsync(from, to, ct);
        foreach (var format in new[] { "Excel", "Csv" })
        {
            var path = $"/Tickets?handler={format}&From={from:yyyy-MM-dd}&To={to:yyyy-MM-dd}";
            var samples = new List<Sample>();
            for (var i = 0; i < runs; i++)
            {
                samples.Add(await supervisor.GetAsync(path, ct));
            }

            var times = samples.Select(s => s.TotalMs).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {format} {label} | {rows:N0} | {samples[^1].Status} | {samples[^1].Bytes / 1024.0 / 1024:0.0} MB | {times[times.Count / 2]:0} | {times[^1]:0} | {Memory()} |"));
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

    /// <summary>Resets the app's VmHWM to its current resident size (Linux: "5" to /proc/pid/clear_refs; needs the app's user or root).</summary>
    private bool ResetPeak()
    {
        try
        {
            if (options.AppPid is not { } pid || !File.Exists($"/proc/{pid}/clear_refs"))
            {
                return false;
            }

            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
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
