using Hotline.Domain.Access;

namespace Hotline.Services.Data;

/// <summary>Identity role names, one per <see cref="Role"/>.</summary>
public static class Roles
{
    public const string Agent = nameof(Role.Agent);
    public const string Dispatcher = nameof(Role.Dispatcher);
    public const string Liaison = nameof(Role.Liaison);
    public const string Supervisor = nameof(Role.Supervisor);
    public const string Admin = nameof(Role.Admin);

    public static IReadOnlyList<string> All { get; } = [Agent, Dispatcher, Liaison, Supervisor, Admin];
}
