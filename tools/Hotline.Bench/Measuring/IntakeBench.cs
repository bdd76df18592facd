using System.Diagnostics;
using System.Globalization;
using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Data.Seed;
using Npgsql;

namespace Hotline.Bench.Measuring;

/// <summary>
/// Ticket intake throughput: the same registrations (urgent help requests with the seeder's texts and categories in
/// turn) made by the agent's intake form, by the Open311 API (POST requests.json with a key), and as the rows they write
/// in raw SQL (day counter, call, ticket, timeline event, the call's link; the rollup triggers fire as for the others),
/// one after another and from several clients at once. The API and the form go through the same IntakeService.
/// </summary>
internal sealed class IntakeBench(BenchOptions options, TextWriter output)
{
    /// <summary>Marks the bench's registrations (the caller's name), so that they can be found and cancelled afterwards.</summary>
    private const string CallerName = "压测";

    private const string Address = "莱山区观海路 12 号 3 号楼";

    /// <summary>The paths take turns this many times, each with this share of its registrations.</summary>
    private const int Rounds = 10;

    public async Task RunAsync(PageClient agent, CancellationToken ct)
    {
        // Whole rounds: the paths take turns a tenth of their registrations at a time.
        var batch = Math.Max(1, options.Repeat * 4 / Rounds);
        var count = batch * Rounds;
        var texts = await TextsAsync(ct);
        var (_, key) = await BenchKeys.IssueAsync(options.ConnectionString, "压测客户端", ApiScope.Open311, Channel.App, ct);
        using var api = new HttpClient { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var token = await agent.FormTokenAsync("/Intake", ct);

        var paths = new (string Name, Func<int, Task<bool>> Register)[]
        {
            ("raw SQL (the rows intake writes)", i => RawSqlAsync(i, texts[i % texts.Count], ct)),
            ("agent intake form (POST /Intake?handler=Register)", async i =>
                (await agent.PostAsync("/Intake?handler=Register", IntakeForm(token, texts[i % texts.Count], i), ct)).Status == 302),
            ("Open311 API (POST /open311/v2/requests.json)", async i =>
            {
                using var content = new FormUrlEncodedContent(ApiForm(key, texts[i % texts.Count], i));
                using var response = await api.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), content, ct);
                return response.IsSuccessStatusCode;
            }),
        };

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ticket intake: {count} registrations per path one after another, then {count} from {options.Concurrency} clients at once, in {Rounds} interleaved rounds."));
        output.WriteLine();
        foreach (var (_, register) in paths)
        {
            for (var i = 0; i < options.Warmup; i++)
            {
                await register(i);
            }
        }

        // The paths take turns, a tenth of their registrations at a time: measured one after another, a checkpoint,
        // an autovacuum or a neighbour's build that fell on one path's minute moved its ratio by half (raw SQL alone:
        // 114-243 tickets/s in consecutive runs).
        var sequential = new TimeSpan[paths.Length];
        var concurrent = new TimeSpan[paths.Length];
        var failed = new int[paths.Length];
        for (var round = 0; round < Rounds; round++)
        {
            for (var p = 0; p < paths.Length; p++)
            {
                var (one, failedOne) = await MeasureAsync(round * batch, batch, 1, paths[p].Register);
                var (many, failedMany) = await MeasureAsync(round * batch, batch, options.Concurrency, paths[p].Register);
                sequential[p] += one;
                concurrent[p] += many;
                failed[p] += failedOne + failedMany;
            }
        }

        output.WriteLine("| path | sequential tickets/s | vs raw SQL | concurrent tickets/s | vs raw SQL | failures |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        var rates = sequential.Zip(concurrent, (one, many) => (Sequential: count / one.TotalSeconds, Concurrent: count / many.TotalSeconds)).ToList();
        for (var p = 0; p < paths.Length; p++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {paths[p].Name} | {rates[p].Sequential:0.0} | {rates[p].Sequential / rates[0].Sequential:0.00} | {rates[p].Concurrent:0.0} | {rates[p].Concurrent / rates[0].Concurrent:0.00} | {failed[p]} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"API / agent form: {rates[2].Sequential / rates[1].Sequential:0.00} sequential, {rates[2].Concurrent / rates[1].Concurrent:0.00} concurrent."));
        var cancelled = await CancelRegisteredAsync(ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cancelled the {cancelled} bench tickets waiting for dispatch (intake_cancel.sql), so they do not weigh on the next run's queues."));
    }

    /// <summary>The time <paramref name="clients"/> at once take to make registrations <paramref name="from"/> …
    /// <paramref name="from"/> + <paramref name="count"/> - 1, and how many failed.</summary>
    private static async Task<(TimeSpan Elapsed, int Failed)> MeasureAsync(int from, int count, int clients, Func<int, Task<bool>> register)
    {
        var failed = 0;
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var i && i < count)
            {
                if (!await register(from + i))
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        return (Stopwatch.GetElapsedTime(started), failed);
    }

    private static Dictionary<string, string> IntakeForm(string token, BenchText text, int i) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["Input.SubmissionId"] = SubmissionIds.New().ToString(),
        ["Input.CallerPhone"] = Phone(i),
        ["Input.CallerName"] = CallerName,
        ["Input.Channel"] = nameof(Channel.Phone),
        ["Input.RequestType"] = nameof(RequestType.HelpRequest),
        ["Input.Urgency"] = nameof(Urgency.Urgent),
        ["Input.CategoryId"] = text.CategoryId.ToString(CultureInfo.InvariantCulture),
        ["Input.Address"] = Address,
        ["Input.Content"] = text.Content,
    };

    private static Dictionary<string, string> ApiForm(string key, BenchText text, int i) => new()
    {
        ["api_key"] = key,
        ["service_code"] = text.CategoryCode,
        ["lat"] = "37.4638",
        ["long"] = "121.4479",
        ["address_string"] = Address,
        ["attribute[request_type]"] = "help_request",
        ["attribute[urgency]"] = "urgent",
        ["description"] = text.Content,
        ["last_name"] = CallerName,
        ["phone"] = Phone(i),
    };

    private static string Phone(int i) => string.Create(CultureInfo.InvariantCulture, $"1390535{i % 10000:0000}");

    /// <summary>
    /// The demo tickets' texts (DemoContent, as the seeder writes them) with their categories, taken in turn: the
    /// registrations are the newest tickets the next run's pages read, and a thousand copies of one text made the
    /// search for 供暖 walk past all of them before it found a page of matches.
    /// </summary>
    private async Task<IReadOnlyList<BenchText>> TextsAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT code, id, default_unit_id FROM categories WHERE is_active AND default_unit_id IS NOT NULL", connection);
        var categories = new Dictionary<string, (int Id, int UnitId)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                categories[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
            }
        }

        return [.. DemoContent.Templates.Where(t => categories.ContainsKey(t.CategoryCode)).Select(t => new BenchText(
            t.CategoryCode, categories[t.CategoryCode].Id, categories[t.CategoryCode].UnitId,
            t.Content.Replace(DemoContent.AddressPlaceholder, Address, StringComparison.Ordinal)))];
    }

    /// <summary>tools/Hotline.Bench/Sql/intake_raw.sql, embedded: the same statement whoever runs it (psql, pgbench, this bench).</summary>
    private static readonly Lazy<string> RawIntakeSql = new(() => Embedded("intake_raw.sql"));

    private static readonly Lazy<string> CancelSql = new(() => Embedded("intake_cancel.sql"));

    private static string Embedded(string name)
    {
        using var stream = typeof(IntakeBench).Assembly.GetManifestResourceStream($"Sql.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Cancels this bench's registrations still waiting for dispatch, every run's and earlier runs' alike.</summary>
    private async Task<int> CancelRegisteredAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(CancelSql.Value, connection);
        command.Parameters.AddWithValue("caller", CallerName);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The registration as SQL alone: what the intake service's transaction writes, without the app around it.</summary>
    private async Task<bool> RawSqlAsync(int i, BenchText text, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var day = DateOnly.FromDateTime(now.AddHours(8).UtcDateTime);
        await using var command = new NpgsqlCommand(RawIntakeSql.Value, connection, tx);
        command.Parameters.AddWithValue("day", day);
        command.Parameters.AddWithValue("submission", SubmissionIds.New());
        command.Parameters.AddWithValue("phone", Phone(i));
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("category", text.CategoryId);
        command.Parameters.AddWithValue("content", text.Content);
        command.Parameters.AddWithValue("unit", text.UnitId);
        command.Parameters.AddWithValue("caller", CallerName);
        command.Parameters.AddWithValue("address", Address);
        await command.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
