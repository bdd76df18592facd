using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public sealed class MergeTests
{
    private static Ticket Another(string number) =>
        Ticket.Register(number, Citizen with { Phone = "13905350002" }, Heating, SuggestedUnitId, DispatchDue, TestActors.Agent, Now);

    [Fact]
    public void A_merged_duplicate_closes_as_merged_and_points_to_its_master()
    {
        var master = Registered();
        var duplicate = Another("20261122-00043");

        duplicate.MergeInto(master, TestActors.Dispatcher, Now.AddMinutes(3), "同一爆管");

        duplicate.Status.ShouldBe(TicketStatus.Merged);
        duplicate.ClosedAt.ShouldBe(Now.AddMinutes(3));
        duplicate.Events[^1].Action.ShouldBe(TicketAction.Merge);
        duplicate.Events[^1].Note.ShouldBe("同一爆管");
        master.DuplicateCount.ShouldBe(1);
        master.Status.ShouldBe(TicketStatus.PendingDispatch);
        master.Events[^1].Action.ShouldBe(TicketAction.AbsorbDuplicate);
        master.Events[^1].Note.ShouldBe("20261122-00043");
    }

    [Fact]
    public void A_dispatched_duplicate_s_assignments_end_when_it_is_merged()
    {
        var master = Registered();
        var duplicate = Another("20261122-00043");
        duplicate.Dispatch(Order(31), TestActors.Dispatcher, Now.AddMinutes(1));

        duplicate.MergeInto(master, TestActors.Supervisor, Now.AddMinutes(3), null);

        duplicate.Assignments.ShouldAllBe(a => !a.IsActive);
    }

    [Fact]
    public void A_ticket_cannot_be_merged_into_itself()
    {
        var ticket = Registered();

        Should.Throw<DomainRuleException>(() => ticket.MergeInto(ticket, TestActors.Dispatcher, Now, null))
            .Code.ShouldBe("Merge.Error.SameTicket");
    }

    [Fact]
    public void A_closed_master_is_refused()
    {
        var master = Ticket.AnswerDirectly("20261122-00041", Citizen, Consultation, null, "已答复", TestActors.Agent, Now);
        var duplicate = Another("20261122-00043");

        Should.Throw<DomainRuleException>(() => duplicate.MergeInto(master, TestActors.Dispatcher, Now, null))
            .Code.ShouldBe("Merge.Error.MasterNotOpen");
        duplicate.Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public void Agents_may_not_merge()
    {
        var master = Registered();
        var duplicate = Another("20261122-00043");

        Should.Throw<DomainRuleException>(() => duplicate.MergeInto(master, TestActors.Agent, Now, null))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }
}
