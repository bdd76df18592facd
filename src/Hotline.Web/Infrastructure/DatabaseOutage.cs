using System.Net.Sockets;
using Npgsql;

namespace Hotline.Web.Infrastructure;

/// <summary>What tells a database outage (or a moment's contention worth retrying) from a bug.</summary>
public static class DatabaseOutage
{
    /// <summary>
    /// True when the exception, or one it wraps (EF's "transient failure" InvalidOperationException, an aggregate),
    /// says the database could not be reached or dropped the connection: connection refused or reset, a timeout, the
    /// server shutting down or not yet accepting connections (57P0x), a connection failure (08xxx), or any failure
    /// Npgsql itself calls transient (too many connections, serialization failure, deadlock).
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when postgres.IsTransient || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                                                                         || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal):
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }
}
