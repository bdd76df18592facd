using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Supervision;

/// <summary>The heating ticket at the end of its first round (resolved, closed after the callback) and the next round's orders.</summary>
internal static class SupervisedTickets
{
    public const string Note = "市民多次来电反映，请热力公司今日内上门处理并反馈。";
    public const string ReopenReason = "市民反映维修后暖气仍不热，要求重新处理。";

    public static DateTimeOffset ResolvedAt { get; } = Now.AddHours(3);

    public static DateTimeOffset ClosedAt { get; } = Now.AddDays(1);

    public static Ticket Resolved()
    {
        var ticket = Contacted();
        ticket.Resolve(Lead, TestActors.Liaison, ResolvedAt, "已上门更换散热器阀门，室温恢复到20度，市民认可。",
            ResolutionOutcome.Solved, null, ResolvedAt.AddDays(3));
        return ticket;
    }

    /// <summary>Resolved, then closed by a satisfied callback at <see cref="ClosedAt"/>.</summary>
    public static Ticket Closed()
    {
        var ticket = Resolved();
        ticket.RecordCallback(new CallbackReport(true, Satisfaction.Satisfied, true, "满意", DateOnly.FromDateTime(ClosedAt.UtcDateTime)),
            CallbackRules.Default, TestActors.Agent, ClosedAt);
        return ticket;
    }

    /// <summary>The next round's order to <paramref name="lead"/>, its clocks starting at <paramref name="at"/> (30 min, 2 h, 3 days).</summary>
    public static DispatchOrder FreshOrder(DateTimeOffset at, int lead = Lead, params int[] assisting) =>
        new(lead, assisting, null, new AssignmentDeadlines(at.AddMinutes(30), at.AddHours(2), at.AddDays(3)));
}
