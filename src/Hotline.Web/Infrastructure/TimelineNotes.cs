using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Tickets;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Shows what an act stored beside its words (how the citizen was contacted, why a return or a cancel, a callback's
/// result, a notification's decision) in the reader's language: the stored choice is a column, never text in the note.
/// </summary>
public static class TimelineNotes
{
    /// <summary>An entry's note, led by its choice's label when it has one ("【电话】已联系市民…").</summary>
    public static string Show(TimelineEntry entry, IStringLocalizer l) => WithChoice(entry.Choice, entry.Note ?? string.Empty, l);

    /// <summary>A return's reason: the listed reason's label and the unit's words.</summary>
    public static string Return(ReturnReason? kind, string? reason, IStringLocalizer l) => WithChoice(kind, reason ?? string.Empty, l);

    /// <summary>A notification's detail in the reader's language (which deadline, approved or rejected, which level); empty when it has none.</summary>
    public static string Detail(NotificationKind kind, string? detail, IStringLocalizer l) => NotificationDetail.Parse(kind, detail) switch
    {
        ClockKind clock => l[$"Field.{clock}DueAt"].Value,
        { } value => l.Choice(value).Value,
        null => string.Empty,
    };

    private static string WithChoice(Enum? choice, string text, IStringLocalizer l) => choice switch
    {
        null => text,
        _ when string.IsNullOrWhiteSpace(text) => l.Choice(choice).Value,
        _ => string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Common.LabelValue"].Value, l.Choice(choice).Value, text),
    };
}
