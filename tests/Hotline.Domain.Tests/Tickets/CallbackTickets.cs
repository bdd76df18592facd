using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>The heating ticket resolved by its lead unit and waiting for the hotline's callback, and the reports an agent records.</summary>
internal static class CallbackTickets
{
    public static DateTimeOffset ResolvedAt { get; } = Now.AddHours(2);

    public static DateTimeOffset CallbackDue { get; } = Now.AddDays(3);

    /// <summary>The next morning, 10:00 in Yantai: when the agent calls back.</summary>
    public static DateTimeOffset CallAt { get; } = Now.AddDays(1).AddMinutes(30);

    public static CallbackRules Rules { get; } = CallbackRules.Default;

    public static Ticket Resolved(bool withAssisting = false)
    {
        var ticket = withAssisting ? SignedFor(withAssisting: true) : Contacted();
        ticket.Resolve(Lead, TestActors.Liaison, ResolvedAt, "已上门更换散热器阀门，室温恢复到20度。", ResolutionOutcome.Solved, null, CallbackDue);
        return ticket;
    }

    public static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static CallbackReport Reached(Satisfaction satisfaction, bool solved = true, string? words = "师傅上门很及时，暖气热了。", DateTimeOffset? at = null) =>
        new(true, satisfaction, solved, words, LocalDate(at ?? CallAt));

    public static CallbackReport NotReached(DateTimeOffset at) => new(false, null, null, null, LocalDate(at));

    public static CallbackReport DissatisfiedReopen(string? reason = "市民反映暖气仍不热，需重新上门检修。") =>
        new(true, Satisfaction.Dissatisfied, false, "根本没人来修，还是不热。", LocalDate(CallAt), Reopen: true, ReopenReason: reason);

    /// <summary>Round 2 at <paramref name="lead"/>: clocks of an urgent help request from <paramref name="at"/>.</summary>
    public static DispatchOrder Round2(DateTimeOffset at, int lead = Lead, params int[] assisting) =>
        new(lead, assisting, "市民反映暖气仍不热，需重新上门检修。", new AssignmentDeadlines(at.AddMinutes(30), at.AddMinutes(30), at.AddDays(3)));
}
