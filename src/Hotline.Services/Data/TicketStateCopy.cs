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
}
