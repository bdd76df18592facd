namespace Hotline.Services.Data.ReadReplica;

/// <summary>
/// The "Hotline:ReadReplica" configuration section. The standby itself is the connection string
/// <see cref="ConnectionStringName"/>; without it every read goes to the primary.
/// </summary>
public sealed class ReadReplicaOptions
{
    public const string Section = "Hotline:ReadReplica";

    /// <summary>ConnectionStrings:HotlineReplica (ConnectionStrings__HotlineReplica), a hot standby of the primary.</summary>
    public const string ConnectionStringName = "HotlineReplica";

    /// <summary>The most replication lag at which reports still read from the standby; beyond it they read the primary.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often each node measures the standby's lag (and whether it answers at all).</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(2);
}
