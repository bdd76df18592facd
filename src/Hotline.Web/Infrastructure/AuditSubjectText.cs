using Hotline.Services.Audit;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// What an audit entry is about, in the reader's language: a unit by its name (<see cref="AuditNames"/>), a deadline or
/// review rule by its request type and urgency (<see cref="PolicySubject"/>); anything else (a user name, an article's
/// title, a date) as recorded.
/// </summary>
public static class AuditSubjectText
{
    public static string Of(AuditRow row, AuditNames names, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(l);
        if (names.SubjectOf(row) is { } unit)
        {
            return unit.ToString();
        }

        if (row.Area == AuditAreas.Policy && PolicySubject.TryReadReview(row.Subject, out var reviewed))
        {
            return l["Audit.Subject.ReviewPolicy", l.Enum(reviewed).Value].Value;
        }

        if (row.Area == AuditAreas.Policy && PolicySubject.TryReadDeadline(row.Subject, out var type, out var urgency))
        {
            return l["Audit.Subject.DeadlinePolicy", type is { } t ? l.Enum(t).Value : l["Policies.AnyType"].Value, l.Enum(urgency).Value].Value;
        }

        return row.Subject;
    }
}
