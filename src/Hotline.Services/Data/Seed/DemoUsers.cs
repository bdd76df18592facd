namespace Hotline.Services.Data.Seed;

/// <summary>The demo logins (never created in Production). README lists them.</summary>
public static class DemoUsers
{
    public const string Password = "Hotline!2026";

    public static IReadOnlyList<(string UserName, string DisplayName, string Role)> Staff { get; } =
    [
        ("admin", "系统管理员", Roles.Admin),
        ("agent", "王晓燕", Roles.Agent),
        ("agent2", "李静", Roles.Agent),
        ("dispatcher", "赵立新", Roles.Dispatcher),
        ("supervisor", "陈主任", Roles.Supervisor),
    ];

    public static string LiaisonUserName(string unitCode) => $"liaison-{unitCode}";
}
