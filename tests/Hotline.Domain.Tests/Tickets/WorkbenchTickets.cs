using Hotline.Domain.Access;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>A heating ticket at its lead unit (31), optionally with an assisting unit (44), at each workbench stage.</summary>
internal static class WorkbenchTickets
{
    public const int Lead = 31;
    public const int Assisting = 44;
    public const int Stranger = 99;

    public static DateTimeOffset DispatchedAt { get; } = Now;

    public static Actor OtherLiaison { get; } = new("u6", "孙丽", new HashSet<Role> { Role.Liaison });

    public static Ticket Dispatched(bool withAssisting = false)
    {
        var ticket = Registered();
        ticket.Dispatch(withAssisting ? Order(Lead, null, Assisting) : Order(Lead), TestActors.Dispatcher, DispatchedAt);
        return ticket;
    }

    public static Ticket SignedFor(bool withAssisting = false)
    {
        var ticket = Dispatched(withAssisting);
        ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(5));
        return ticket;
    }

    public static Ticket Contacted()
    {
        var ticket = SignedFor();
        ticket.RecordContact(Lead, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(15), "[Phone] 已电话联系市民，约定下午上门。");
        return ticket;
    }

    public static Assignment LeadAssignment(this Ticket ticket) => ticket.Assignments.Single(a => a.IsActive && a.IsLead);
}
