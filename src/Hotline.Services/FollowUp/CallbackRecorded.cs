namespace Hotline.Services.FollowUp;

/// <summary>A callback that was saved: what it did, this round's failed attempts so far, and the ticket's round now.</summary>
public sealed record CallbackRecorded(string Number, CallbackOutcome Outcome, int FailedAttempts, int Round);
