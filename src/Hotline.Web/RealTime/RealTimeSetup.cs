using StackExchange.Redis;

namespace Hotline.Web.RealTime;

/// <summary>
/// Real-time push (SignalR). Behind a load balancer every node sends through a Redis backplane, so a message sent on one
/// node reaches clients connected to any other; clients connect with WebSockets only and skip negotiation, so no sticky
/// routing is needed (docs/decisions/0021). Without a Redis connection string (one node) messages stay in the process.
/// </summary>
public static class RealTimeSetup
{
    /// <summary>ConnectionStrings:Redis (ConnectionStrings__Redis), StackExchange.Redis syntax, e.g. 127.0.0.1:6379.</summary>
    public const string RedisConnectionStringName = "Redis";

    public const string HubPath = "/hubs/live";

    public static IServiceCollection AddHotlineRealTime(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        if (configuration.GetConnectionString(RedisConnectionStringName) is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, o =>
            {
                // Several installations may share one Redis: each one's channels are its own.
                o.Configuration.ChannelPrefix = RedisChannel.Literal(configuration["Hotline:RealTimeChannel"] ?? "hotline");
                // A node starts (and serves pages) while Redis is down; it connects when Redis returns.
                o.Configuration.AbortOnConnectFail = false;
            });
        }

        services.AddSingleton<LiveEvents>();
        services.AddSingleton<PhoneWallPush>();
        services.AddSingleton<IncidentPush>();
        return services;
    }

    public static WebApplication MapHotlineRealTime(this WebApplication app)
    {
        app.MapHub<LiveHub>(HubPath);
        return app;
    }
}
