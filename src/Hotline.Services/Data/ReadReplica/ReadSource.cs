namespace Hotline.Services.Data.ReadReplica;

/// <summary>Which database a report was read from, and why not the standby when it was the primary.</summary>
public enum ReadSource
{
    /// <summary>No standby is configured: one database does everything.</summary>
    PrimaryOnly,

    /// <summary>The standby answered with a lag within the bound.</summary>
    Replica,

    /// <summary>The standby's lag exceeds the configured bound.</summary>
    PrimaryReplicaLagging,

    /// <summary>The standby does not answer (or has not been measured yet).</summary>
    PrimaryReplicaDown,
}
