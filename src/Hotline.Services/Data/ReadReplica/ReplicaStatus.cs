namespace Hotline.Services.Data.ReadReplica;

/// <summary>
/// What a node last measured of the standby: where reports read from, and the lag (null when the standby did not answer
/// or none is configured).
/// </summary>
public sealed record ReplicaStatus(ReadSource Source, TimeSpan? Lag, DateTimeOffset? MeasuredAt)
{
    public static readonly ReplicaStatus NotConfigured = new(ReadSource.PrimaryOnly, null, null);

    public bool ReadsReplica => Source == ReadSource.Replica;

    public bool Configured => Source != ReadSource.PrimaryOnly;

    /// <summary>The one rule: the standby serves reports while it answers with a lag within the bound.</summary>
    public static ReplicaStatus From(TimeSpan? lag, TimeSpan maxLag, DateTimeOffset measuredAt) => lag switch
    {
        null => new(ReadSource.PrimaryReplicaDown, null, measuredAt),
        { } l when l > maxLag => new(ReadSource.PrimaryReplicaLagging, l, measuredAt),
        { } l => new(ReadSource.Replica, l, measuredAt),
    };
}
