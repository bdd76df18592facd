namespace Hotline.Domain.Tickets;

/// <summary>
/// One callback attempt as the agent records it. <paramref name="LocalDate"/> is the hotline's local date of the
/// attempt: failed attempts only count towards "unreachable" on different days.
/// </summary>
public sealed record CallbackReport(
    bool Reached,
    Satisfaction? Satisfaction,
    bool? Solved,
    string? CitizenWords,
    DateOnly LocalDate,
    bool Reopen = false,
    string? ReopenReason = null);
