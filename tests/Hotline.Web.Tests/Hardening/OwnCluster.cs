using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// A PostgreSQL cluster of a test's own (initdb in a temporary folder, a free port), which the test may stop and start
/// again: the shared test server is never touched. Run as the postgres user when the tests run as root, as build.sh does.
/// </summary>
public sealed class OwnCluster : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _bin;

    private OwnCluster(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    private string Data => Path.Combine(_folder, "data");

    public static async Task<OwnCluster> CreateAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0).Select(d => Path.Combine(d, "bin"))
            .LastOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) ?? throw new InvalidOperationException("PostgreSQL's binaries are not installed.");
        var folder = Directory.CreateTempSubdirectory("hotline-outage-").FullName;
        var cluster = new OwnCluster(folder, bin, FreePort());
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:postgres", folder);
        }

        await cluster.PostgresAsync("initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        await cluster.StartAsync();
        return cluster;
    }

    /// <summary>
    /// Starts (again). Commits are synchronous, as in production, so a crash loses nothing acknowledged; fsync is off
    /// because only the server process stops, never the machine.
    /// </summary>
    public Task StartAsync() => PostgresAsync("pg_ctl", "-D", Data, "-w", "-t", "60", "-l", Path.Combine(_folder, "server.log"),
        "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off", "start");

    /// <summary>Stops at once, as a crash would: open connections are cut mid-request.</summary>
    public Task StopAsync() => PostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task PostgresAsync(string program, params string[] arguments) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments]) : RunAsync(Path.Combine(_bin, program), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
