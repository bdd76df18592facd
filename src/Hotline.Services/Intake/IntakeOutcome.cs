using Hotline.Domain.Calls;

namespace Hotline.Services.Intake;

/// <summary>What happened: the call logged and the ticket it made or touched. <see cref="WasRepeat"/> is true
/// when the same submission had already been processed (double click, retry) and nothing new was saved.</summary>
public sealed record IntakeOutcome(long CallId, CallOutcome Outcome, string? TicketNumber, bool WasRepeat);
