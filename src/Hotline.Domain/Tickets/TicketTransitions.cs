using Hotline.Domain.Access;

namespace Hotline.Domain.Tickets;

/// <summary>The lifecycle as one explicit table (DOMAIN.md, "Ticket lifecycle"). Nothing else decides what may happen.</summary>
public static class TicketTransitions
{
    private static readonly TicketStatus[] OpenStates =
        [
            TicketStatus.PendingDispatch, TicketStatus.Dispatched, TicketStatus.InProgress, TicketStatus.ReturnRequested, TicketStatus.Resolved,
            TicketStatus.UnderReview,
        ];

    public static IReadOnlyList<Transition> All { get; } = Build();

    public static bool IsOpen(TicketStatus status) => OpenStates.Contains(status);

    public static Transition? Find(TicketStatus? from, TicketAction action) =>
        All.FirstOrDefault(t => t.From == from && t.Action == action);

    private static List<Transition> Build()
    {
        var agent = Roles(Role.Agent);
        var dispatcher = Roles(Role.Dispatcher);
        var liaison = Roles(Role.Liaison);
        var supervisor = Roles(Role.Supervisor);
        var callers = Roles(Role.Agent, Role.Supervisor);
        var list = new List<Transition>
        {
            // Citizen channels' clients (web portal, WeChat, apps, grid handsets) register through the API as agents do.
            // Issue 18 §5 (emergency mode): a supervisor registers an incident's master from the first caller's report
            // on the declaration form, through intake's registration (docs/decisions/0032-emergency-incidents.md).
            new(null, TicketAction.Register, TicketStatus.PendingDispatch, Roles(Role.Agent, Role.ApiClient, Role.Supervisor)),
            new(null, TicketAction.AnswerDirectly, TicketStatus.Closed, agent),
            new(TicketStatus.PendingDispatch, TicketAction.Dispatch, TicketStatus.Dispatched, Roles(Role.Dispatcher, Role.Agent, Role.Supervisor)),
            new(TicketStatus.PendingDispatch, TicketAction.Cancel, TicketStatus.Cancelled, supervisor),
            new(TicketStatus.Dispatched, TicketAction.SignFor, TicketStatus.InProgress, liaison),
            new(TicketStatus.Dispatched, TicketAction.RequestReturn, TicketStatus.ReturnRequested, liaison),
            new(TicketStatus.InProgress, TicketAction.RequestReturn, TicketStatus.ReturnRequested, liaison),
            new(TicketStatus.ReturnRequested, TicketAction.ApproveReturn, TicketStatus.PendingDispatch, dispatcher),
            new(TicketStatus.ReturnRequested, TicketAction.RejectReturn, null, dispatcher),
            new(TicketStatus.InProgress, TicketAction.RecordContact, TicketStatus.InProgress, liaison),
            new(TicketStatus.InProgress, TicketAction.AddNote, TicketStatus.InProgress, liaison),
            new(TicketStatus.InProgress, TicketAction.RequestExtension, TicketStatus.InProgress, liaison),
            new(TicketStatus.InProgress, TicketAction.DecideExtension, TicketStatus.InProgress, supervisor),
            // Assisting units contribute before and after the lead unit signs for the ticket.
            new(TicketStatus.Dispatched, TicketAction.AddNote, TicketStatus.Dispatched, liaison),
            new(TicketStatus.Dispatched, TicketAction.AssistDone, TicketStatus.Dispatched, liaison),
            new(TicketStatus.InProgress, TicketAction.AssistDone, TicketStatus.InProgress, liaison),
            new(TicketStatus.InProgress, TicketAction.Resolve, TicketStatus.Resolved, liaison),
            // 回访: an attempt that does not end the round keeps the state; a sampled direct answer stays Closed.
            new(TicketStatus.Resolved, TicketAction.RecordCallback, TicketStatus.Resolved, callers),
            new(TicketStatus.Closed, TicketAction.RecordCallback, TicketStatus.Closed, callers),
            new(TicketStatus.Resolved, TicketAction.CloseAfterCallback, TicketStatus.Closed, callers),
            new(TicketStatus.Resolved, TicketAction.Reopen, TicketStatus.Dispatched, callers),
            new(TicketStatus.Closed, TicketAction.Reopen, TicketStatus.Dispatched, callers),

            // Issue 18 §2, reply review (审核): a reply the review policy names waits for a supervisor, who passes it to
            // the callback or sends it back to the same unit with a reason.
            new(TicketStatus.InProgress, TicketAction.SubmitForReview, TicketStatus.UnderReview, liaison),
            new(TicketStatus.UnderReview, TicketAction.PassReview, TicketStatus.Resolved, supervisor),
            new(TicketStatus.UnderReview, TicketAction.SendBackFromReview, TicketStatus.InProgress, supervisor),

            // Issue 18 §3: dispatch objection (派单异议) within the sign-for window, arbitrated by a dispatcher or a
            // supervisor (upheld: straight to another unit; rejected: the unit keeps it), and delegation (下派) of a
            // signed-for assignment to a sub-unit, which signs for its part while the ticket is in progress.
            new(TicketStatus.Dispatched, TicketAction.RaiseObjection, TicketStatus.Dispatched, liaison),
            new(TicketStatus.Dispatched, TicketAction.UpholdObjection, TicketStatus.Dispatched, Roles(Role.Dispatcher, Role.Supervisor)),
            new(TicketStatus.Dispatched, TicketAction.RejectObjection, TicketStatus.Dispatched, Roles(Role.Dispatcher, Role.Supervisor)),
            new(TicketStatus.InProgress, TicketAction.Delegate, TicketStatus.InProgress, liaison),
            new(TicketStatus.InProgress, TicketAction.SignFor, TicketStatus.InProgress, liaison),
        };
        foreach (var any in Enum.GetValues<TicketStatus>())
        {
            // A liaison may reveal a confidential caller's number with a stated reason; it never changes the state.
            list.Add(new(any, TicketAction.RevealCaller, any, liaison));
            // Issue 18 §4, appeals (申诉): a mark outlives the state it arose in (a late reply is late once closed too), so a
            // unit appeals and a supervisor decides in any state; neither changes it.
            list.Add(new(any, TicketAction.RaiseAppeal, any, liaison));
            list.Add(new(any, TicketAction.UpholdAppeal, any, supervisor));
            list.Add(new(any, TicketAction.RejectAppeal, any, supervisor));
        }

        foreach (var open in OpenStates)
        {
            list.Add(new(open, TicketAction.AddAttachment, open, Roles(Role.Liaison, Role.Agent, Role.Dispatcher, Role.Supervisor)));
            list.Add(new(open, TicketAction.Merge, TicketStatus.Merged, Roles(Role.Dispatcher, Role.Supervisor)));
            // The master of a merge records the duplicate it absorbed; its own state does not change.
            list.Add(new(open, TicketAction.AbsorbDuplicate, open, Roles(Role.Dispatcher, Role.Supervisor)));
            // A repeat call (催办) from a citizen or a supervisor's push never changes the state.
            list.Add(new(open, TicketAction.Urge, open, Roles(Role.Agent, Role.Supervisor)));
            // 督办: a supervisor flags (or re-levels) an open ticket and lifts the flag; the state does not change.
            list.Add(new(open, TicketAction.Supervise, open, supervisor));
            list.Add(new(open, TicketAction.LiftSupervision, open, supervisor));
        }

        return list;
    }

    private static HashSet<Role> Roles(params Role[] roles) => [.. roles];
}
