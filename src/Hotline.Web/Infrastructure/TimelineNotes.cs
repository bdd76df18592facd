using Hotline.Domain.Tickets;
using Hotline.Services.FollowUp;
using Hotline.Services.Workbench;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>Shows a timeline note with its stored choice (how the citizen was contacted, why a return or a cancel) in the reader's language.</summary>
public static class TimelineNotes
{
    public static string Show(TicketAction action, string note, IStringLocalizer l) => action switch
    {
        TicketAction.RecordContact => Tagged<ContactMethod>(note, l),
        TicketAction.RequestReturn => Tagged<ReturnReason>(note, l),
        TicketAction.Cancel => Tagged<Hotline.Services.Supervision.CancelReason>(note, l),
        TicketAction.RecordCallback or TicketAction.CloseAfterCallback => Tagged<CallbackResult>(note, l),
        _ => note,
    };

    public static string Return(string reason, IStringLocalizer l) => Tagged<ReturnReason>(reason, l);

    private static string Tagged<TEnum>(string note, IStringLocalizer l)
        where TEnum : struct, Enum
    {
        var (tag, text) = TaggedNote.Parse<TEnum>(note);
        return tag is { } t ? string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Common.LabelValue"].Value, l.Enum(t).Value, text) : note;
    }
}
