using System.Linq.Expressions;
using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Data;

/// <summary>
/// The copy of its ticket's status and supervision each assignment carries (assignments.ticket_status and
/// ticket_supervision, docs/decisions/0038-ticket-state-on-assignments.md), kept by PostgreSQL's triggers
/// (Data/Sql/hotline_assignment_ticket_state.sql) and never written by the app. Shadow properties of <c>Assignment</c>: a
/// query reads them with <c>EF.Property&lt;TicketStatus&gt;(a, TicketStateCopy.Status)</c> and
/// <c>EF.Property&lt;SupervisionLevel?&gt;(a, TicketStateCopy.Supervision)</c>.
/// </summary>
public static class TicketStateCopy
{
    public const string Status = "TicketStatus";

    public const string Supervision = "TicketSupervision";

    /// <summary>
    /// The assignment's ticket is with the units (<see cref="AssignmentClock.WithUnitsStatuses"/>), on the copy, written
    /// as <c>ticket_status IN (2, 3, 4)</c> with the statuses as literals: the planner proves the partial queue indexes
    /// from them, and EF caches the SQL (a list passed through <c>EF.Constant</c> is inlined at every execution, which
    /// turns the SQL cache off for the whole query).
    /// </summary>
    public static readonly Expression<Func<Assignment, bool>> WithUnits = BuildWithUnits();

    private static Expression<Func<Assignment, bool>> BuildWithUnits()
    {
        var assignment = Expression.Parameter(typeof(Assignment), "a");
        var status = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TicketStatus?)], assignment, Expression.Constant(Status));
        var statuses = Expression.NewArrayInit(typeof(TicketStatus?),
            AssignmentClock.WithUnitsStatuses.Select(s => Expression.Constant(s, typeof(TicketStatus?))));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TicketStatus?)], statuses, status);
        return Expression.Lambda<Func<Assignment, bool>>(contains, assignment);
    }
}
