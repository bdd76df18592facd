using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Adds each EF Core command's duration to the current request's <see cref="DbTiming"/>. A query counts until its
/// first rows arrive plus the time spent reading the rest (EF times the reader separately); other commands until they return.
/// </summary>
public sealed class DbTimingInterceptor : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        DbTiming.Current?.Add(eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        DbTiming.Current?.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        DbTiming.Current?.Add(eventData.Duration, newCommand: false);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        DbTiming.Current?.Add(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        DbTiming.Current?.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        DbTiming.Current?.Add(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        DbTiming.Current?.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }
}
