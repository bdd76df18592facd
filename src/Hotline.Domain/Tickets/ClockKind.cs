namespace Hotline.Domain.Tickets;

/// <summary>
/// The clocks a ticket runs, one at a time for each unit: dispatch while it waits (派单), then the lead assignment's
/// sign-for (签收), first contact (首次联系) and resolution (办结); an assisting unit works to its resolution deadline. A
/// deadline notification's detail names one of them, so the names are stored and must not change.
/// </summary>
public enum ClockKind
{
    SignFor = 0,
    FirstContact = 1,
    Resolve = 2,
    Dispatch = 3,

    /// <summary>The hotline's callback (回访) once a round is resolved or a direct answer is sampled: not a unit's clock,
    /// so not in the view running_clocks; the callback queue and the ticket page read it.</summary>
    Callback = 4,

    /// <summary>The hotline's review (审核) of a unit's reply: not a unit's clock either; the review queue and the ticket page read it.</summary>
    Review = 5,
}
