using System.Linq.Expressions;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Dashboards;

/// <summary>Extensions approved for a unit, in the period of the supervisor's decision.</summary>
public static class ExtensionMeasures
{
    public static Expression<Func<ExtensionRequest, bool>> Predicate(Measure measure, MeasureWindow window, int? unitId)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (measure != Measure.Extensions)
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not an extension measure.");
        }

        var (start, end) = (window.Start, window.End);
        return e => e.Status == RequestStatus.Approved && (unitId == null || e.UnitId == unitId)
            && (start == null || e.DecidedAt >= start) && (end == null || e.DecidedAt < end);
    }
}
