using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hotline.Cluster.Tests;

/// <summary>
/// The cluster of `./build.sh cluster` (tools/cluster/cluster.sh) in a directory and on ports of its own: three app nodes
/// behind HAProxy, a primary and a streaming hot standby, Redis. Started once for the cluster tests and destroyed after
/// them (every process it started, every file).
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Nodes = 3;

    private static readonly string Root = FindRepositoryRoot();

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"hotline-cluster-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);

    public int BasePort { get; private set; }

    /// <summary>HAProxy.</summary>
    public Uri LoadBalancer => new($"http://127.0.0.1:{BasePort}/");

    public Uri Node(int n) => new($"http://127.0.0.1:{BasePort + n}/");

    /// <summary>The primary's port now: the standby's once it has been promoted (cluster.sh keeps the roles in a file).</summary>
    public int PrimaryPort => int.Parse(
        File.ReadLines(Path.Combine(Directory, "roles")).Single(l => l.StartsWith("primary=", StringComparison.Ordinal))["primary=".Length..],
        System.Globalization.CultureInfo.InvariantCulture);

    public int StandbyPort => BasePort + 11;

    public async Task InitializeAsync()
    {
        BasePort = FreePortBlock(15);
        System.IO.Directory.CreateDirectory(Directory);
        await RunAsync("start");
    }

    public async Task DisposeAsync()
    {
        await RunAsync("destroy");
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Runs a cluster.sh command (start, kill-node N, stop-standby, promote…) and fails with its output if it fails.</summary>
    public async Task RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Root, "tools", "cluster", "cluster.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOTLINE_CLUSTER_DIR"] = Directory;
        start.Environment["HOTLINE_CLUSTER_PORT"] = BasePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The test command has built the solution already.
        start.Environment["HOTLINE_CLUSTER_NO_BUILD"] = "1";
        start.Environment["Hotline__DemoTicketCount"] = "60";
        // The journeys sign in far more often than a person; every request comes from 127.0.0.1.
        start.Environment["Hotline__SignIn__AttemptsPerAddress"] = "100000";
        start.Environment["Hotline__RateLimits__StatusLookupsPerMinute"] = "100000";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cluster.sh did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {string.Join(' ', args)} failed ({process.ExitCode}):\n{await output}\n{await errors}\n{NodeLogs()}");
        }
    }

    /// <summary>Runs a query on the database at <paramref name="port"/> (the primary unless told otherwise).</summary>
    public async Task<T> QueryAsync<T>(string sql, Func<NpgsqlDataReader, Task<T>> read, int? port = null, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port ?? PrimaryPort};Database=hotline;Username=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        return await read(reader);
    }

    private string NodeLogs()
    {
        var logs = Path.Combine(Directory, "logs");
        return System.IO.Directory.Exists(logs)
            ? string.Join("\n", System.IO.Directory.GetFiles(logs).Select(f => $"--- {Path.GetFileName(f)}\n{string.Join('\n', File.ReadLines(f).TakeLast(30))}"))
            : string.Empty;
    }

    /// <summary>
    /// A run of <paramref name="count"/> consecutive ports nobody listens on, below Linux's ephemeral range (32768 up): a
    /// port in that range can be taken by any outgoing connection between this check and the bind of the service given it.
    /// </summary>
    private static int FreePortBlock(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var start = Random.Shared.Next(16_000, 32_768 - count);
            if (Enumerable.Range(start, count).All(IsFree))
            {
                return start;
            }
        }

        throw new InvalidOperationException("No block of free ports found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Hotline.sln not found above the test assembly.");
    }
}
