namespace Hotline.Domain.Telephony;

/// <summary>
/// The telephone platform's record of one call (话单), folded from its events. The row is a function of the set of
/// events the platform sent, never of the order they came in: <see cref="Fold"/> replays them in
/// <see cref="CallEvent.FoldOrder"/>, so a late, repeated or out-of-order event gives the same row as a tidy feed.
/// </summary>
public sealed class PhoneCall
{
    private PhoneCall()
    {
        PlatformCallId = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>The platform (API client) that reported the call; call ids are the platform's own.</summary>
    public int ClientId { get; private set; }
    public string PlatformCallId { get; private set; }
    public string? CallerNumber { get; private set; }
    public string? Queue { get; private set; }

    /// <summary>When the call reached the hotline: offered, else queued, else as early as the other events tell.</summary>
    public DateTimeOffset ArrivedAt { get; private set; }
    public DateTimeOffset? OfferedAt { get; private set; }
    public DateTimeOffset? QueuedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The platform login of the agent who answered first (the call's handle time is theirs).</summary>
    public string? AgentLogin { get; private set; }
    public int Transfers { get; private set; }
    public string? TransferredTo { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public HungUpBy? HungUpBy { get; private set; }
    public DateTimeOffset? AbandonedAt { get; private set; }
    public string? RecordingUrl { get; private set; }
    public PhoneCallState State { get; private set; }

    /// <summary>Milliseconds from arrival to answer, or to abandonment; null while waiting. Whole numbers so sums are exact.</summary>
    public long? WaitMs { get; private set; }

    /// <summary>Milliseconds from answer to end (talk time); null until an answered call ends.</summary>
    public long? HandleMs { get; private set; }

    /// <summary>
    /// When the answering agent's screen was sent the call (screen-pop); set once, never by <see cref="Fold"/>, so a
    /// repeated or late answer does not pop a second time.
    /// </summary>
    public DateTimeOffset? PoppedAt { get; private set; }

    public static PhoneCall Open(int clientId, string platformCallId) => new() { ClientId = clientId, PlatformCallId = platformCallId };

    /// <summary>Rebuilds every field from all of the call's events (those of other calls are ignored).</summary>
    public void Fold(IEnumerable<CallEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ordered = events.Where(e => e.CallId == PlatformCallId && e.Kind != CallEventKind.AgentState)
            .Order(CallEvent.FoldOrder).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("A call is folded from at least one of its events.", nameof(events));
        }

        CallerNumber = Queue = AgentLogin = TransferredTo = RecordingUrl = null;
        OfferedAt = QueuedAt = AnsweredAt = EndedAt = AbandonedAt = null;
        HungUpBy = null;
        Transfers = 0;
        int? reportedWait = null;
        foreach (var e in ordered)
        {
            CallerNumber ??= e.Caller;
            Queue ??= e.Queue;
            switch (e.Kind)
            {
                case CallEventKind.Offered:
                    OfferedAt ??= e.At;
                    break;
                case CallEventKind.Queued:
                    QueuedAt ??= e.At;
                    break;
                case CallEventKind.Answered when AnsweredAt is null:
                    AnsweredAt = e.At;
                    AgentLogin = e.Agent;
                    break;
                case CallEventKind.Transferred:
                    Transfers++;
                    TransferredTo = e.Target;
                    break;
                case CallEventKind.Ended:
                    EndedAt = e.At;
                    HungUpBy = e.HungUpBy;
                    break;
                case CallEventKind.Abandoned when AbandonedAt is null:
                    AbandonedAt = e.At;
                    reportedWait = e.WaitSeconds;
                    break;
                case CallEventKind.Recording:
                    RecordingUrl = e.RecordingUrl;
                    break;
            }
        }

        ArrivedAt = OfferedAt ?? QueuedAt ?? AbandonedAt?.AddSeconds(-(reportedWait ?? 0)) ?? ordered[0].At;
        if (AnsweredAt is { } answered)
        {
            State = PhoneCallState.Answered;
            WaitMs = Milliseconds(answered - ArrivedAt);
            HandleMs = EndedAt is { } ended ? Milliseconds(ended - answered) : null;
        }
        else if ((AbandonedAt ?? EndedAt) is { } lost)
        {
            // A call that ended before anyone answered was lost in the queue, whether or not the platform said "abandoned".
            State = PhoneCallState.Abandoned;
            WaitMs = AbandonedAt is not null && reportedWait is { } seconds ? seconds * 1000L : Milliseconds(lost - ArrivedAt);
            HandleMs = null;
        }
        else
        {
            State = PhoneCallState.Waiting;
            WaitMs = null;
            HandleMs = null;
        }
    }

    /// <summary>
    /// What the answering agent's screen is sent after a fold, decided under the call's lock (docs/decisions/0025). A call
    /// pops once: when it is answered by a named agent and has not ended (an answer reported after the hang-up is
    /// history, not a caller on the line). An answer that came before its offer pops without the number; when the offer
    /// brings it while the call is still on, the number follows (<see cref="ScreenPop.Number"/>).
    /// </summary>
    /// <param name="numberBefore">The caller's number as the row had it before this fold.</param>
    public ScreenPop DecidePop(string? numberBefore, DateTimeOffset now)
    {
        if (State != PhoneCallState.Answered || EndedAt is not null || AgentLogin is null)
        {
            return ScreenPop.None;
        }

        if (PoppedAt is null)
        {
            PoppedAt = now;
            return ScreenPop.Pop;
        }

        return numberBefore is null && CallerNumber is not null ? ScreenPop.Number : ScreenPop.None;
    }

    private static long Milliseconds(TimeSpan span) => Math.Max(0, (long)span.TotalMilliseconds);
}
