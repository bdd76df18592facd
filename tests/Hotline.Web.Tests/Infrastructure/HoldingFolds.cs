using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Infrastructure;

/// <summary>The holdings fold the app runs on a timer, run now (the hosts' fake clocks do not tick).</summary>
public static class HoldingFolds
{
    public static async Task FoldHoldingsAsync(this HotlineWebFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await HoldingFold.FoldAllAsync(services.GetRequiredService<HotlineDbContext>(), services.GetRequiredService<DeadlineService>(),
            services.GetRequiredService<TimeProvider>().GetUtcNow());
    }
}
