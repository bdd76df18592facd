using Hotline.Domain.Tickets;
using Hotline.Services.Tickets;

namespace Hotline.Services.FollowUp;

/// <summary>
/// The timeline stores a callback's words only; the attempt's result is in its callback row, made by the same act at
/// the same instant. This gives each callback event that result as its choice, so the timeline reads
/// "回访 · 不满意：市民说…" rather than just the words (or nothing, for an attempt that did not reach the citizen).
/// </summary>
public static class CallbackTimeline
{
    public static IReadOnlyList<TimelineEntry> Annotate(IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<CallbackView> callbacks)
    {
        if (callbacks.Count == 0)
        {
            return timeline;
        }

        var byInstant = callbacks.GroupBy(c => c.AttemptedAt).ToDictionary(g => g.Key, g => g.Last());
        return timeline.Select(e =>
            e.Action is TicketAction.RecordCallback or TicketAction.CloseAfterCallback && byInstant.TryGetValue(e.At, out var callback)
                ? e with { Choice = ResultOf(callback) }
                : e).ToList();
    }

    public static CallbackResult ResultOf(CallbackView callback) => callback switch
    {
        { Reached: false } => CallbackResult.NotReached,
        { Satisfaction: Satisfaction.Satisfied } => CallbackResult.Satisfied,
        { Satisfaction: Satisfaction.BasicallySatisfied } => CallbackResult.BasicallySatisfied,
        _ => CallbackResult.Dissatisfied,
    };
}
