using Hotline.Domain.Tickets;

namespace Hotline.Services.Audit;

/// <summary>
/// How the audit log names a policy row (the subject of its entries), written and read here alone: a deadline policy as
/// <c>{request type or *}/{urgency}</c>, a review policy as <c>Review/{request type}</c>. The audit page reads them back
/// to show the type and urgency in the reader's language.
/// </summary>
public static class PolicySubject
{
    private const string ReviewPrefix = "Review/";
    private const string AnyType = "*";

    public static string Deadline(RequestType? type, Urgency urgency) => $"{type?.ToString() ?? AnyType}/{urgency}";

    public static string Review(RequestType type) => ReviewPrefix + type;

    /// <summary>A review policy's subject: its request type.</summary>
    public static bool TryReadReview(string subject, out RequestType type)
    {
        ArgumentNullException.ThrowIfNull(subject);
        type = default;
        return subject.StartsWith(ReviewPrefix, StringComparison.Ordinal) && TryParse(subject[ReviewPrefix.Length..], out type);
    }

    /// <summary>A deadline policy's subject: its request type (null: any type) and urgency.</summary>
    public static bool TryReadDeadline(string subject, out RequestType? type, out Urgency urgency)
    {
        ArgumentNullException.ThrowIfNull(subject);
        (type, urgency) = (null, default);
        var parts = subject.Split('/');
        if (parts.Length != 2 || !Enum.TryParse(parts[1], ignoreCase: false, out urgency) || !Enum.IsDefined(urgency))
        {
            return false;
        }

        if (parts[0] == AnyType)
        {
            return true;
        }

        var parsed = TryParse(parts[0], out var named);
        type = named;
        return parsed;
    }

    // By name only: a number is not a subject this log writes.
    private static bool TryParse(string text, out RequestType type) =>
        Enum.TryParse(text, ignoreCase: false, out type) && Enum.IsDefined(type) && !char.IsAsciiDigit(text.FirstOrDefault());
}
