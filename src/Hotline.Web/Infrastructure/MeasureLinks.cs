using System.Globalization;
using Hotline.Domain.Performance;
using Microsoft.AspNetCore.WebUtilities;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Links from a figure to the tickets behind it: <c>/Tickets?Measure=…&amp;UnitId=…&amp;From=…&amp;To=…</c>
/// (docs/measures.md). Leave the unit out for the whole hotline, the period out for "now" figures.
/// </summary>
public static class MeasureLinks
{
    public static string For(Measure measure, int? unitId = null, Period? period = null) =>
        // All time's list starts at the first ticket: no lower bound (1900 would not pass the date check).
        For(measure, unitId, period?.Kind == PeriodKind.AllTime ? null : period?.From, period?.To);

    public static string For(Measure measure, int? unitId, DateOnly? from, DateOnly? to)
    {
        var query = new Dictionary<string, string?> { ["Measure"] = measure.ToString() };
        if (unitId is { } unit)
        {
            query["UnitId"] = unit.ToString(CultureInfo.InvariantCulture);
        }

        if (from is { } f)
        {
            query["From"] = f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (to is { } t)
        {
            query["To"] = t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/Tickets", query);
    }

    /// <summary>A rate as a percentage with two decimals, or — when nothing was measured.</summary>
    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>An efficiency index with two decimals, or — for an unrated unit.</summary>
    public static string Index(double? index) => index is { } i ? i.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
