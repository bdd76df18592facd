using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Domain.Telephony;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Bench.Measuring;

/// <summary>
/// The telephone events API (issue 17: at least 10× Yantai's peak hour, about 6,000 events a minute, with p95 ≤ 50 ms).
/// A day of calls as the platform reports them (offered, queued, answered, on call, ended, after-call work, ready: seven
/// events a call, calls two seconds apart, 40 agents), one event per request as a platform sends them. First flat out
/// from several clients, as raw SQL (tools/Hotline.Bench/Sql/event_raw.sql: the rows the API writes) and through
/// POST /api/telephony/events, with the API's rate as a share of raw SQL's; then the API paced at the target rate, open
/// loop (each event sent when its time comes, whether or not earlier ones were answered), with its latency.
/// </summary>
internal sealed class EventsBench(BenchOptions options, TextWriter output)
{
    private sealed record PlannedEvent(string Id, CallEventKind Kind, DateTimeOffset At, string? Call, string? Caller, string? Agent,
        HungUpBy? HungUpBy, AgentStateKind? State);

    private sealed record Measured(int Events, double Seconds, List<double> Latencies, int Failed)
    {
        public double PerSecond => Events / Seconds;
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var (clientId, key) = await BenchKeys.IssueAsync(options.ConnectionString, "压测话务平台", ApiScope.Telephony, Channel.Phone, ct);
        using var http = new HttpClient { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var run = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
        var paced = options.EventsPerMinute * options.Seconds / 60;
        var flat = paced;

        Task<bool> Api(PlannedEvent e) => PostAsync(http, e, ct);
        Task<bool> Raw(PlannedEvent e) => RawSqlAsync(clientId, e, ct);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Telephone events: {flat} events flat out from {options.Concurrency} clients per path, then {paced} through the API paced at {options.EventsPerMinute}/min for {options.Seconds} s."));
        output.WriteLine();
        output.WriteLine("| path | mode | events | events/min | p50 ms | p95 ms | p99 ms | vs raw SQL | failures |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");

        await FlatOutAsync(Plan($"w{run}r", options.Warmup * 7), 1, Raw);
        var raw = await FlatOutAsync(Plan($"b{run}r", flat), options.Concurrency, Raw);
        Write("raw SQL (the rows the API writes)", $"flat out, {options.Concurrency} clients", raw, raw.PerSecond);
        await FlatOutAsync(Plan($"w{run}a", options.Warmup * 7), 1, Api);
        var api = await FlatOutAsync(Plan($"b{run}a", flat), options.Concurrency, Api);
        Write("POST /api/telephony/events", $"flat out, {options.Concurrency} clients", api, raw.PerSecond);
        var steady = await PacedAsync(Plan($"p{run}a", paced), options.EventsPerMinute, Api);
        Write("POST /api/telephony/events", $"paced {options.EventsPerMinute}/min", steady, null);

        output.WriteLine();
        var p95 = BenchRow.Percentile(steady.Latencies, 0.95);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Target ≥ 6,000 events/min with p95 ≤ 50 ms: paced {steady.PerSecond * 60:0} events/min at p95 {p95:0.0} ms: {(steady.PerSecond * 60 >= 6000 * 0.99 && p95 <= 50 && steady.Failed == 0 ? "holds" : "does not hold")}; flat out {api.PerSecond * 60:0} events/min."));
    }

    private void Write(string path, string mode, Measured m, double? rawPerSecond) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {path} | {mode} | {m.Events} | {m.PerSecond * 60:0} | {BenchRow.Percentile(m.Latencies, 0.5):0.0} | {BenchRow.Percentile(m.Latencies, 0.95):0.0} | {BenchRow.Percentile(m.Latencies, 0.99):0.0} | {(rawPerSecond is { } r ? (m.PerSecond / r).ToString("0.00", CultureInfo.InvariantCulture) : "—")} | {m.Failed} |"));

    /// <summary>As fast as it goes: <paramref name="clients"/> senders take the next event until none is left.</summary>
    private static async Task<Measured> FlatOutAsync(List<PlannedEvent> events, int clients, Func<PlannedEvent, Task<bool>> send)
    {
        var latencies = new List<double>(events.Count);
        var failed = 0;
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var i && i < events.Count)
            {
                var at = Stopwatch.GetTimestamp();
                var ok = await send(events[i]);
                var ms = Stopwatch.GetElapsedTime(at).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    failed += ok ? 0 : 1;
                }
            }
        }));
        return new Measured(events.Count, Stopwatch.GetElapsedTime(started).TotalSeconds, latencies, failed);
    }

    /// <summary>Open loop at <paramref name="perMinute"/>: each event leaves at its time, answered or not; the rate is over the time to the last answer.</summary>
    private static async Task<Measured> PacedAsync(List<PlannedEvent> events, int perMinute, Func<PlannedEvent, Task<bool>> send)
    {
        var latencies = new List<double>(events.Count);
        var failed = 0;
        var gap = TimeSpan.FromMinutes(1) / perMinute;
        var started = Stopwatch.GetTimestamp();
        var sending = new List<Task>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var due = gap * i - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var e = events[i];
            sending.Add(Task.Run(async () =>
            {
                var at = Stopwatch.GetTimestamp();
                var ok = await send(e);
                var ms = Stopwatch.GetElapsedTime(at).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    failed += ok ? 0 : 1;
                }
            }));
        }

        await Task.WhenAll(sending);
        return new Measured(events.Count, Stopwatch.GetElapsedTime(started).TotalSeconds, latencies, failed);
    }

    /// <summary>
    /// <paramref name="count"/> events (rounded down to whole calls) of calls two seconds apart yesterday, in time order:
    /// offered, queued 0.2 s later, answered and on call after 5 s, ended and after-call work after 3 min, ready 45 s later.
    /// </summary>
    private static List<PlannedEvent> Plan(string prefix, int count)
    {
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var events = new List<PlannedEvent>(count);
        for (var n = 0; n < count / 7; n++)
        {
            var call = $"{prefix}-{n}";
            var agent = $"bench-agent-{n % 40}";
            var t = start.AddSeconds(2 * n);
            var caller = string.Create(CultureInfo.InvariantCulture, $"1390535{n % 10000:0000}");
            events.Add(new($"{call}-o", CallEventKind.Offered, t, call, caller, null, null, null));
            events.Add(new($"{call}-q", CallEventKind.Queued, t.AddMilliseconds(200), call, null, null, null, null));
            events.Add(new($"{call}-a", CallEventKind.Answered, t.AddSeconds(5), call, null, agent, null, null));
            events.Add(new($"{call}-s1", CallEventKind.AgentState, t.AddSeconds(5), null, null, agent, null, AgentStateKind.OnCall));
            events.Add(new($"{call}-e", CallEventKind.Ended, t.AddSeconds(185), call, null, null, HungUpBy.Caller, null));
            events.Add(new($"{call}-s2", CallEventKind.AgentState, t.AddSeconds(185), null, null, agent, null, AgentStateKind.AfterCallWork));
            events.Add(new($"{call}-s3", CallEventKind.AgentState, t.AddSeconds(230), null, null, agent, null, AgentStateKind.Ready));
        }

        return [.. events.OrderBy(e => e.At)];
    }

    private static readonly Dictionary<CallEventKind, string> TypeNames = new()
    {
        [CallEventKind.Offered] = "offered",
        [CallEventKind.Queued] = "queued",
        [CallEventKind.Answered] = "answered",
        [CallEventKind.Ended] = "ended",
        [CallEventKind.AgentState] = "agentState",
    };

    private static async Task<bool> PostAsync(HttpClient http, PlannedEvent e, CancellationToken ct)
    {
        var body = new Dictionary<string, string>
        {
            ["eventId"] = e.Id,
            ["type"] = TypeNames[e.Kind],
            ["at"] = e.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        };
        if (e.Call is { } call)
        {
            body["callId"] = call;
        }

        if (e.Caller is { } caller)
        {
            body["caller"] = caller;
            body["queue"] = "12345";
        }

        if (e.Agent is { } agent)
        {
            body["agent"] = agent;
        }

        if (e.HungUpBy is not null)
        {
            body["hungUpBy"] = "caller";
        }

        if (e.State is { } state)
        {
            body["state"] = CallEventRules.NameOf(state);
        }

        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/telephony/events", UriKind.Relative), content, ct);
        return response.IsSuccessStatusCode;
    }

    /// <summary>tools/Hotline.Bench/Sql/event_raw.sql, embedded: the same statement whoever runs it.</summary>
    private static readonly Lazy<string> RawEventSql = new(() =>
    {
        using var stream = typeof(EventsBench).Assembly.GetManifestResourceStream("Sql.event_raw.sql")
            ?? throw new InvalidOperationException("event_raw.sql is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private async Task<bool> RawSqlAsync(int clientId, PlannedEvent e, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(RawEventSql.Value, connection, tx);
        command.Parameters.Add(new NpgsqlParameter("client", NpgsqlDbType.Integer) { Value = clientId });
        command.Parameters.Add(new NpgsqlParameter("event", NpgsqlDbType.Varchar) { Value = e.Id });
        command.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Integer) { Value = (int)e.Kind });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = e.At.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("call", NpgsqlDbType.Varchar) { Value = (object?)e.Call ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("caller", NpgsqlDbType.Varchar) { Value = (object?)e.Caller ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("agent", NpgsqlDbType.Varchar) { Value = (object?)e.Agent ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("hung_up_by", NpgsqlDbType.Integer) { Value = e.HungUpBy is { } h ? (int)h : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Integer) { Value = e.State is { } s ? (int)s : DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
