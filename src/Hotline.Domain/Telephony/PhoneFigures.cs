using Hotline.Domain.Performance;

namespace Hotline.Domain.Telephony;

/// <summary>
/// The telephone measures of a span of time (docs/measures.md, "Telephone"). Counted calls are the finished calls less
/// the short abandons (hung up within 5 s: a misdial or a change of mind, by the usual convention not held against the
/// hotline); the 15 s rate (GB/T 33358-2016), the connect rate and the abandon rate all divide by them. Calls still
/// waiting count as offered only.
/// </summary>
public sealed record PhoneFigures(long Offered, long Answered, long WithinTarget, long Abandoned, long AbandonedShort, long WaitMs, long Handled, long HandleMs)
{
    public static readonly PhoneFigures None = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static readonly TimeSpan AnswerTarget = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan ShortAbandon = TimeSpan.FromSeconds(5);

    public long Counted => Answered + Abandoned - AbandonedShort;

    public Rate AnsweredWithinTarget => new(WithinTarget, Counted);

    public Rate Connect => new(Answered, Counted);

    public Rate Abandon => new(Abandoned - AbandonedShort, Counted);

    /// <summary>Average speed of answer (seconds), or null without an answered call.</summary>
    public double? AverageSpeedOfAnswer => Answered == 0 ? null : WaitMs / 1000.0 / Answered;

    /// <summary>Average handle (talk) time of answered calls that ended (seconds), or null.</summary>
    public double? AverageHandleTime => Handled == 0 ? null : HandleMs / 1000.0 / Handled;

    public static PhoneFigures operator +(PhoneFigures a, PhoneFigures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Offered + b.Offered, a.Answered + b.Answered, a.WithinTarget + b.WithinTarget, a.Abandoned + b.Abandoned,
            a.AbandonedShort + b.AbandonedShort, a.WaitMs + b.WaitMs, a.Handled + b.Handled, a.HandleMs + b.HandleMs);
    }

    public static PhoneFigures Add(PhoneFigures a, PhoneFigures b) => a + b;

    public static PhoneFigures Sum(IEnumerable<PhoneFigures> figures) => figures.Aggregate(None, Add);
}
