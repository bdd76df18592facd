using Hotline.Domain.Performance;

namespace Hotline.Web.Infrastructure;

/// <summary>What Pages/Shared/_PeriodPicker shows: the period chosen, on which page, for which unit (if any).</summary>
public sealed record PeriodPicker(Period Period, DateOnly Date, string Page, int? UnitId = null)
{
    /// <summary>The kinds a ranking is read by: weekly summaries, the monthly ranking, the yearly roll-up, all time.</summary>
    public static readonly PeriodKind[] Kinds = [PeriodKind.Week, PeriodKind.Month, PeriodKind.Year, PeriodKind.AllTime];
}
