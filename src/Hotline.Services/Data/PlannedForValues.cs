using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Data;

/// <summary>
/// Runs one query planned for the values it is given, even when its statement is prepared (auto-prepare): a generic plan
/// cannot use a partial index whose predicate the values imply, and at ten million tickets the measures' "still open"
/// slices took 1.3 s that way instead of 17 ms. Scoped to the query (SET LOCAL) rather than set on every connection,
/// where it would also re-plan every statement of the rollup triggers on every row written.
/// </summary>
public static class PlannedForValues
{
    public static async Task<T> RunAsync<T>(HotlineDbContext db, Func<Task<T>> query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        if (db.Database.CurrentTransaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", ct);
            return await query();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", ct);
        var result = await query();
        await transaction.CommitAsync(ct);
        return result;
    }
}
