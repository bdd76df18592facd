using Hotline.Domain.Deadlines;
using Hotline.Services.Audit;

namespace Hotline.Services.Admin;

/// <summary>A marked date as the audit log records it.</summary>
public sealed record CalendarDaySnapshot(DateOnly Date, CalendarDayKind Kind, string Name) : IAuditSnapshot
{
    public static CalendarDaySnapshot Of(CalendarDay d) => new(d.Date, d.Kind, d.Name);
}
