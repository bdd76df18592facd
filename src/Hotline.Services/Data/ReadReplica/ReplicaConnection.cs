using Npgsql;

namespace Hotline.Services.Data.ReadReplica;

/// <summary>The standby's connection string, when one is configured.</summary>
public sealed class ReplicaConnection
{
    public ReplicaConnection(string? connectionString)
    {
        ConnectionString = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
        if (ConnectionString is not null)
        {
            // A probe must not hang the way a report may: a standby that takes seconds to answer counts as down.
            ProbeConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString)
            {
                Timeout = 3,
                CommandTimeout = 3,
                ApplicationName = "hotline-replica-probe",
            }.ConnectionString;
        }
    }

    public string? ConnectionString { get; }

    public string? ProbeConnectionString { get; }

    public bool IsConfigured => ConnectionString is not null;
}
