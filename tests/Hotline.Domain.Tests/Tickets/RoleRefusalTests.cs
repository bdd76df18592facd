using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public class RoleRefusalTests
{
    [Fact]
    public void A_liaison_cannot_register_a_ticket()
    {
        var error = Should.Throw<DomainRuleException>(() =>
            Ticket.Register(Number, Citizen, Heating, SuggestedUnitId, DispatchDue, TestActors.Liaison, Now, CallId));

        error.Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void A_dispatcher_cannot_answer_a_call_directly()
    {
        var error = Should.Throw<DomainRuleException>(() =>
            Ticket.AnswerDirectly(Number, Citizen, Consultation, 5, "已答复", TestActors.Dispatcher, Now, CallId));

        error.Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void A_liaison_cannot_dispatch_and_the_ticket_is_left_as_it_was()
    {
        var ticket = Registered();

        var error = Should.Throw<DomainRuleException>(() => ticket.Dispatch(TestTickets.Order(31), TestActors.Liaison, Now.AddMinutes(5)));

        error.Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.LeadUnitId.ShouldBeNull();
        ticket.Round.ShouldBe(0);
        ticket.Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void An_administrator_is_not_a_dispatcher()
    {
        var ticket = Registered();

        Should.Throw<DomainRuleException>(() => ticket.Dispatch(TestTickets.Order(31), TestActors.Admin, Now.AddMinutes(5)))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void One_matching_role_among_several_is_enough()
    {
        var ticket = Registered();
        var liaisonAndDispatcher = new Actor("u6", "孙丽", new HashSet<Role> { Role.Liaison, Role.Dispatcher });

        ticket.Dispatch(TestTickets.Order(31), liaisonAndDispatcher, Now.AddMinutes(5));

        ticket.Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public void A_user_without_roles_may_do_nothing()
    {
        var nobody = new Actor("u7", "临时账号", new HashSet<Role>());

        Should.Throw<DomainRuleException>(() =>
                Ticket.Register(Number, Citizen, Heating, SuggestedUnitId, DispatchDue, nobody, Now, CallId))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }
}
