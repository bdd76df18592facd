namespace Hotline.Bench.Measuring;

/// <summary>One page's figures: sequential and concurrent latencies (ms) and the database's part of them.</summary>
internal sealed record BenchRow(string Path, double? Goal, int Status, int Count, double Median, double P95, double DbMedian, double DbP95,
    double Queries, double SqlShare, double ConcurrentMedian, double ConcurrentP95)
{
    public static BenchRow Missing(string path, double? goal) => new(path, goal, 404, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static BenchRow From(string path, double? goal, IReadOnlyList<Sample> sequential, IReadOnlyList<Sample> concurrent)
    {
        var status = sequential.Select(s => s.Status).FirstOrDefault(s => s != 200, 200);
        var totals = sequential.Select(s => s.TotalMs).ToList();
        var db = sequential.Select(s => s.DbMs ?? 0).ToList();
        return new BenchRow(path, goal, status, sequential.Count, Percentile(totals, 0.5), Percentile(totals, 0.95),
            Percentile(db, 0.5), Percentile(db, 0.95), sequential.Average(s => s.Queries ?? 0), db.Sum() / Math.Max(totals.Sum(), 0.001),
            Percentile(concurrent.Select(s => s.TotalMs).ToList(), 0.5), Percentile(concurrent.Select(s => s.TotalMs).ToList(), 0.95));
    }

    /// <summary>"holds" or "misses" against the goal for p95, or empty when the page has none.</summary>
    public string Verdict => Goal is not { } goal || Status != 200 ? "" : P95 <= goal ? "holds" : "misses";

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
