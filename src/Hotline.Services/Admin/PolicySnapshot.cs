using System.Globalization;
using Hotline.Domain.Deadlines;
using Hotline.Services.Audit;

namespace Hotline.Services.Admin;

/// <summary>A deadline policy's limits as the audit log records them, each as "amount unit", e.g. "3 WorkingDays".</summary>
public sealed record PolicySnapshot(string Dispatch, string SignFor, string FirstContact, string Resolve, string Callback) : IAuditSnapshot
{
    public static PolicySnapshot Of(DeadlinePolicy p) => new(Text(p.Dispatch), Text(p.SignFor), Text(p.FirstContact), Text(p.Resolve), Text(p.Callback));

    /// <summary>Reads a limit back from a snapshot field, for the audit page to say it in words.</summary>
    public static bool TryReadLimit(string field, string text, out TimeLimit limit)
    {
        limit = default;
        var parts = text.Split(' ');
        if ((typeof(PolicySnapshot).GetProperty(field) is null && field != nameof(ReviewPolicySnapshot.ReviewLimit)) || parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || !Enum.TryParse<DurationUnit>(parts[1], out var unit) || !Enum.IsDefined(unit))
        {
            return false;
        }

        limit = new TimeLimit(amount, unit);
        return true;
    }

    private static string Text(TimeLimit limit) => string.Create(CultureInfo.InvariantCulture, $"{limit.Amount} {limit.Unit}");
}
