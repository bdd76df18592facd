using Hotline.Services.Data;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Http.Support;

/// <summary>Reads the app's own database directly, to check what a request saved (or did not).</summary>
internal static class AppDatabase
{
    public static async Task<T> QueryAsync<T>(this HotlineWebFactory app, Func<HotlineDbContext, Task<T>> query)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }

    /// <summary>How many tickets and calls exist: a refused request must leave both unchanged.</summary>
    public static Task<(int Tickets, int Calls)> CountTicketsAndCallsAsync(this HotlineWebFactory app) =>
        app.QueryAsync(async db => (await db.Tickets.CountAsync(), await db.Calls.CountAsync()));
}
