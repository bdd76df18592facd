using Hotline.Domain.Access;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>One person per role, as they appear in timelines.</summary>
internal static class TestActors
{
    public static Actor Agent { get; } = new("u1", "王晓燕", new HashSet<Role> { Role.Agent });

    public static Actor Dispatcher { get; } = new("u2", "李建国", new HashSet<Role> { Role.Dispatcher });

    public static Actor Liaison { get; } = new("u3", "赵敏", new HashSet<Role> { Role.Liaison });

    public static Actor Supervisor { get; } = new("u4", "陈志强", new HashSet<Role> { Role.Supervisor });

    public static Actor Admin { get; } = new("u5", "周婷", new HashSet<Role> { Role.Admin });
}
