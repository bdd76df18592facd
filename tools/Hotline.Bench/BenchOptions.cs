namespace Hotline.Bench;

/// <summary>The command line: <c>seed N [--force]</c> or <c>pages --url URL [--repeat N] [--concurrency N] [--app-pid PID] [--only pages|export|intake|events] [--events-per-minute N] [--seconds N]</c>;
/// the database from <c>--connection</c> or ConnectionStrings__Hotline.</summary>
internal sealed record BenchOptions(string Command, int Tickets, bool Force, Uri BaseUrl, string ConnectionString, int Repeat, int Warmup, int Concurrency,
    int? AppPid, string? Only = null, int EventsPerMinute = 6000, int Seconds = 60)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        var command = args.FirstOrDefault() ?? throw new ArgumentException("usage: Hotline.Bench seed N [--force] | pages --url URL");
        var connection = Value("--connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Hotline")
            ?? throw new ArgumentException("Give --connection or set ConnectionStrings__Hotline.");
        var tickets = command == "seed" && args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new BenchOptions(command, tickets, args.Contains("--force"), new Uri(Value("--url") ?? "http://127.0.0.1:5000"), connection,
            Number("--repeat", 50), Number("--warmup", 100), Number("--concurrency", 4),
            Value("--app-pid") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : null, Value("--only"),
            Number("--events-per-minute", 6000), Number("--seconds", 60));
    }
}
