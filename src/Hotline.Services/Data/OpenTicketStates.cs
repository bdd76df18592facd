using System.Globalization;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Data;

/// <summary>
/// The open ticket states (<see cref="TicketTransitions.IsOpen"/>) as a list of SQL literals, for the partial index of
/// open tickets (<c>ix_tickets_open_by_lead_unit</c>) and the query it answers (the dashboard's backlog): a planner uses
/// a partial index only when it sees the query's states imply the index's, which a parameter would hide from a prepared
/// statement's generic plan. Both read this one list; a change of the open states changes the model, so the next
/// migration rebuilds the index.
/// </summary>
public static class OpenTicketStates
{
    public static readonly string SqlList = string.Join(", ",
        Enum.GetValues<TicketStatus>().Where(TicketTransitions.IsOpen).Select(s => ((int)s).ToString(CultureInfo.InvariantCulture)));
}
