using Hotline.Domain.Access;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// The lifecycle table of DOMAIN.md, written out again by hand so that the code's table is checked against
/// the spec rather than against itself. A null "to" means "back to the state before the return".
/// </summary>
public class TransitionTableTests
{
    private static readonly TicketStatus[] Open =
    [
        TicketStatus.PendingDispatch, TicketStatus.Dispatched, TicketStatus.InProgress, TicketStatus.ReturnRequested, TicketStatus.Resolved,
        TicketStatus.UnderReview,
    ];

    private static readonly TicketStatus[] Finished = [TicketStatus.Closed, TicketStatus.Merged, TicketStatus.Cancelled];

    private static readonly Dictionary<(TicketStatus? From, TicketAction Action), (TicketStatus? To, Role[] By)> Lifecycle = BuildLifecycle();

    public static TheoryData<TicketStatus?, TicketAction> ListedPairs => ToTheoryData(EveryPair().Where(Lifecycle.ContainsKey));

    public static TheoryData<TicketStatus?, TicketAction> UnlistedPairs => ToTheoryData(EveryPair().Where(p => !Lifecycle.ContainsKey(p)));

    public static TheoryData<TicketStatus> OpenStates => [.. Open];

    public static TheoryData<TicketStatus> FinishedStates => [.. Finished];

    [Theory]
    [MemberData(nameof(ListedPairs))]
    public void A_listed_move_lands_in_the_listed_state_and_is_open_to_the_listed_roles(TicketStatus? from, TicketAction action)
    {
        var (to, by) = Lifecycle[(from, action)];

        var transition = TicketTransitions.Find(from, action).ShouldNotBeNull();

        transition.From.ShouldBe(from);
        transition.Action.ShouldBe(action);
        transition.To.ShouldBe(to);
        transition.By.OrderBy(r => r).ShouldBe(by.OrderBy(r => r));
    }

    [Theory]
    [MemberData(nameof(UnlistedPairs))]
    public void A_move_the_lifecycle_does_not_list_is_refused(TicketStatus? from, TicketAction action)
    {
        TicketTransitions.Find(from, action).ShouldBeNull();
    }

    [Fact]
    public void The_table_holds_exactly_one_row_per_listed_move_and_nothing_else()
    {
        var keys = TicketTransitions.All.Select(t => (t.From, t.Action)).ToList();

        keys.Distinct().Count().ShouldBe(keys.Count);
        keys.OrderBy(k => k.From).ThenBy(k => k.Action)
            .ShouldBe(Lifecycle.Keys.OrderBy(k => k.From).ThenBy(k => k.Action));
    }

    [Fact]
    public void Registering_leads_to_pending_dispatch_and_only_an_agent_a_citizen_channels_client_or_a_supervisor_declaring_an_incident_may_do_it()
    {
        var register = TicketTransitions.Find(null, TicketAction.Register).ShouldNotBeNull();

        register.To.ShouldBe(TicketStatus.PendingDispatch);
        register.By.OrderBy(r => r).ShouldBe([Role.Agent, Role.Supervisor, Role.ApiClient]);
    }

    [Fact]
    public void Answering_directly_creates_a_closed_ticket()
    {
        var answer = TicketTransitions.Find(null, TicketAction.AnswerDirectly).ShouldNotBeNull();

        answer.To.ShouldBe(TicketStatus.Closed);
        answer.By.ShouldBe([Role.Agent]);
    }

    [Fact]
    public void A_dispatcher_or_an_agent_dispatches_a_pending_ticket()
    {
        var dispatch = TicketTransitions.Find(TicketStatus.PendingDispatch, TicketAction.Dispatch).ShouldNotBeNull();

        dispatch.To.ShouldBe(TicketStatus.Dispatched);
        dispatch.By.ShouldContain(Role.Dispatcher);
        dispatch.By.ShouldContain(Role.Agent);
        dispatch.By.ShouldNotContain(Role.Liaison);
    }

    [Fact]
    public void Only_a_liaison_signs_for_a_dispatched_ticket_or_a_sub_unit_its_part_of_one_in_progress()
    {
        var signFor = TicketTransitions.Find(TicketStatus.Dispatched, TicketAction.SignFor).ShouldNotBeNull();
        var subUnit = TicketTransitions.Find(TicketStatus.InProgress, TicketAction.SignFor).ShouldNotBeNull();

        signFor.To.ShouldBe(TicketStatus.InProgress);
        signFor.By.ShouldBe([Role.Liaison]);
        subUnit.To.ShouldBe(TicketStatus.InProgress);
        subUnit.By.ShouldBe([Role.Liaison]);
        TicketTransitions.All.Count(t => t.Action == TicketAction.SignFor).ShouldBe(2);
    }

    [Fact]
    public void Rejecting_a_return_goes_back_to_the_state_before_the_return()
    {
        var reject = TicketTransitions.Find(TicketStatus.ReturnRequested, TicketAction.RejectReturn).ShouldNotBeNull();

        reject.To.ShouldBeNull();
        reject.By.ShouldBe([Role.Dispatcher]);
        TicketTransitions.All.Where(t => t.Action == TicketAction.RequestReturn).Select(t => t.From)
            .ShouldBe([TicketStatus.Dispatched, TicketStatus.InProgress], ignoreOrder: true);
    }

    [Fact]
    public void Approving_a_return_puts_the_ticket_back_in_the_dispatch_queue()
    {
        var approve = TicketTransitions.Find(TicketStatus.ReturnRequested, TicketAction.ApproveReturn).ShouldNotBeNull();

        approve.To.ShouldBe(TicketStatus.PendingDispatch);
        approve.By.ShouldBe([Role.Dispatcher]);
    }

    [Theory]
    [MemberData(nameof(OpenStates))]
    public void Any_open_ticket_may_be_merged_by_a_dispatcher_or_supervisor(TicketStatus from)
    {
        var merge = TicketTransitions.Find(from, TicketAction.Merge).ShouldNotBeNull();

        merge.To.ShouldBe(TicketStatus.Merged);
        merge.By.OrderBy(r => r).ShouldBe([Role.Dispatcher, Role.Supervisor]);
    }

    [Theory]
    [MemberData(nameof(FinishedStates))]
    public void A_finished_ticket_cannot_be_merged(TicketStatus from)
    {
        TicketTransitions.Find(from, TicketAction.Merge).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(OpenStates))]
    public void Urging_an_open_ticket_keeps_its_state(TicketStatus from)
    {
        var urge = TicketTransitions.Find(from, TicketAction.Urge).ShouldNotBeNull();

        urge.To.ShouldBe(from);
    }

    [Theory]
    [MemberData(nameof(FinishedStates))]
    public void A_finished_ticket_cannot_be_urged(TicketStatus from)
    {
        TicketTransitions.Find(from, TicketAction.Urge).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(OpenStates))]
    public void Open_states_count_as_open(TicketStatus status)
    {
        TicketTransitions.IsOpen(status).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(FinishedStates))]
    public void Closed_merged_and_cancelled_do_not_count_as_open(TicketStatus status)
    {
        TicketTransitions.IsOpen(status).ShouldBeFalse();
    }

    [Fact]
    public void Every_status_is_either_open_or_finished()
    {
        Open.Concat(Finished).OrderBy(s => s).ShouldBe(Enum.GetValues<TicketStatus>());
    }

    private static IEnumerable<(TicketStatus? From, TicketAction Action)> EveryPair() =>
        from status in Enum.GetValues<TicketStatus>().Select(s => (TicketStatus?)s).Prepend(null)
        from action in Enum.GetValues<TicketAction>()
        select (status, action);

    private static TheoryData<TicketStatus?, TicketAction> ToTheoryData(IEnumerable<(TicketStatus? From, TicketAction Action)> pairs)
    {
        var data = new TheoryData<TicketStatus?, TicketAction>();
        foreach (var (from, action) in pairs)
        {
            data.Add(from, action);
        }

        return data;
    }

    private static Dictionary<(TicketStatus?, TicketAction), (TicketStatus?, Role[])> BuildLifecycle()
    {
        Role[] agent = [Role.Agent];
        Role[] dispatchers = [Role.Dispatcher, Role.Agent, Role.Supervisor];
        Role[] dispatcher = [Role.Dispatcher];
        Role[] liaison = [Role.Liaison];
        Role[] supervisor = [Role.Supervisor];
        Role[] reopeners = [Role.Agent, Role.Supervisor];
        Role[] mergers = [Role.Dispatcher, Role.Supervisor];
        Role[] urgers = [Role.Agent, Role.Supervisor];

        var rows = new Dictionary<(TicketStatus?, TicketAction), (TicketStatus?, Role[])>
        {
            [(null, TicketAction.Register)] = (TicketStatus.PendingDispatch, [Role.Agent, Role.ApiClient, Role.Supervisor]),
            [(null, TicketAction.AnswerDirectly)] = (TicketStatus.Closed, agent),
            [(TicketStatus.PendingDispatch, TicketAction.Dispatch)] = (TicketStatus.Dispatched, dispatchers),
            [(TicketStatus.PendingDispatch, TicketAction.Cancel)] = (TicketStatus.Cancelled, supervisor),
            [(TicketStatus.Dispatched, TicketAction.SignFor)] = (TicketStatus.InProgress, liaison),
            [(TicketStatus.Dispatched, TicketAction.RequestReturn)] = (TicketStatus.ReturnRequested, liaison),
            [(TicketStatus.InProgress, TicketAction.RequestReturn)] = (TicketStatus.ReturnRequested, liaison),
            [(TicketStatus.ReturnRequested, TicketAction.ApproveReturn)] = (TicketStatus.PendingDispatch, dispatcher),
            [(TicketStatus.ReturnRequested, TicketAction.RejectReturn)] = (null, dispatcher),
            [(TicketStatus.InProgress, TicketAction.RecordContact)] = (TicketStatus.InProgress, liaison),
            [(TicketStatus.InProgress, TicketAction.AddNote)] = (TicketStatus.InProgress, liaison),
            [(TicketStatus.InProgress, TicketAction.RequestExtension)] = (TicketStatus.InProgress, liaison),
            [(TicketStatus.InProgress, TicketAction.DecideExtension)] = (TicketStatus.InProgress, supervisor),
            [(TicketStatus.Dispatched, TicketAction.AddNote)] = (TicketStatus.Dispatched, liaison),
            [(TicketStatus.Dispatched, TicketAction.AssistDone)] = (TicketStatus.Dispatched, liaison),
            [(TicketStatus.InProgress, TicketAction.AssistDone)] = (TicketStatus.InProgress, liaison),
            [(TicketStatus.InProgress, TicketAction.Resolve)] = (TicketStatus.Resolved, liaison),
            [(TicketStatus.Resolved, TicketAction.RecordCallback)] = (TicketStatus.Resolved, reopeners),
            [(TicketStatus.Closed, TicketAction.RecordCallback)] = (TicketStatus.Closed, reopeners),
            [(TicketStatus.Resolved, TicketAction.CloseAfterCallback)] = (TicketStatus.Closed, reopeners),
            [(TicketStatus.Resolved, TicketAction.Reopen)] = (TicketStatus.Dispatched, reopeners),
            [(TicketStatus.Closed, TicketAction.Reopen)] = (TicketStatus.Dispatched, reopeners),

            // Issue 18 §2, reply review.
            [(TicketStatus.InProgress, TicketAction.SubmitForReview)] = (TicketStatus.UnderReview, liaison),
            [(TicketStatus.UnderReview, TicketAction.PassReview)] = (TicketStatus.Resolved, supervisor),
            [(TicketStatus.UnderReview, TicketAction.SendBackFromReview)] = (TicketStatus.InProgress, supervisor),

            // Issue 18 §3: dispatch objection and delegation to a sub-unit.
            [(TicketStatus.Dispatched, TicketAction.RaiseObjection)] = (TicketStatus.Dispatched, liaison),
            [(TicketStatus.Dispatched, TicketAction.UpholdObjection)] = (TicketStatus.Dispatched, mergers),
            [(TicketStatus.Dispatched, TicketAction.RejectObjection)] = (TicketStatus.Dispatched, mergers),
            [(TicketStatus.InProgress, TicketAction.Delegate)] = (TicketStatus.InProgress, liaison),
            [(TicketStatus.InProgress, TicketAction.SignFor)] = (TicketStatus.InProgress, liaison),
        };
        foreach (var any in Enum.GetValues<TicketStatus>())
        {
            rows[(any, TicketAction.RevealCaller)] = (any, liaison);
            // Issue 18 §4: appeals (申诉) are raised and decided in any state, which they never change.
            rows[(any, TicketAction.RaiseAppeal)] = (any, liaison);
            rows[(any, TicketAction.UpholdAppeal)] = (any, supervisor);
            rows[(any, TicketAction.RejectAppeal)] = (any, supervisor);
        }

        foreach (var open in Open)
        {
            rows[(open, TicketAction.AddAttachment)] = (open, [Role.Liaison, Role.Agent, Role.Dispatcher, Role.Supervisor]);
            rows[(open, TicketAction.Merge)] = (TicketStatus.Merged, mergers);
            rows[(open, TicketAction.Urge)] = (open, urgers);
            rows[(open, TicketAction.AbsorbDuplicate)] = (open, mergers);
            rows[(open, TicketAction.Supervise)] = (open, supervisor);
            rows[(open, TicketAction.LiftSupervision)] = (open, supervisor);
        }

        return rows;
    }
}
