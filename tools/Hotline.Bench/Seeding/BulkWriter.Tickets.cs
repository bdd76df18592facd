using Hotline.Domain.Tickets;
using NpgsqlTypes;

namespace Hotline.Bench.Seeding;

/// <summary>The column lists, and the two wide rows (tickets, assignments).</summary>
internal sealed partial class BulkWriter
{
    private const string TicketColumns = """
        COPY tickets (id, number, status, request_type, urgency, category_id, area_unit_id, address, content, is_confidential,
            caller_phone, caller_name, channel, registered_at, registered_by_user_id, dispatch_due_at, suggested_unit_id,
            lead_unit_id, round, urge_count, is_directly_answered, answer_article_id, answer_article_version, closed_at, status_before_return,
            dispatched_at, dispatched_in_time, duplicate_count, master_ticket_id, callback_due_at, cannot_solve_reason, resolution_outcome,
            resolution_text, resolved_at, revision, awaiting_callback, closure_reason, is_callback_sample, reopen_count,
            supervised_at, supervision, supervision_note) FROM STDIN (FORMAT BINARY)
        """;

    private const string AssignmentColumns = """
        COPY assignments (id, ticket_id, round, unit_id, role, dispatched_at, dispatched_by_user_id, instruction,
            sign_for_due_at, first_contact_due_at, resolve_due_at, signed_for_at, first_contact_at, resolved_at, is_active,
            assist_done_at, extension_count, return_decided_at, return_reason, return_requested_at, return_status, warning,
            ticket_status, ticket_supervision)
            FROM STDIN (FORMAT BINARY)
        """;

    private const string EventColumns =
        "COPY ticket_events (id, ticket_id, round, at, actor_user_id, actor_name, action, \"from\", \"to\", note, unit_id, call_id) FROM STDIN (FORMAT BINARY)";

    private const string CallColumns =
        "COPY calls (id, submission_id, phone, caller_name, channel, started_at, answered_at, ended_at, agent_user_id, outcome, ticket_id) FROM STDIN (FORMAT BINARY)";

    private const string CallbackColumns = """
        COPY callbacks (id, ticket_id, round, unit_id, is_sample, attempted_at, local_date, agent_user_id, agent_name, reached,
            satisfaction, solved, citizen_words, reopened) FROM STDIN (FORMAT BINARY)
        """;

    private const string ExtensionColumns = """
        COPY extension_requests (id, ticket_id, assignment_id, unit_id, requested_by_user_id, requested_at, reason,
            proposed_due_at, previous_due_at, status, decided_by_user_id, decided_at, decision_note) FROM STDIN (FORMAT BINARY)
        """;

    private void WriteTicket(long id, Ticket t)
    {
        var w = _tickets;
        w.StartRow();
        w.Write(id, NpgsqlDbType.Bigint);
        w.Write(t.Number, NpgsqlDbType.Varchar);
        w.Write((int)t.Status, NpgsqlDbType.Integer);
        w.Write((int)t.RequestType, NpgsqlDbType.Integer);
        w.Write((int)t.Urgency, NpgsqlDbType.Integer);
        w.Write(t.CategoryId, NpgsqlDbType.Integer);
        Int(w, t.AreaUnitId);
        w.Write(t.Address, NpgsqlDbType.Varchar);
        w.Write(t.Content, NpgsqlDbType.Varchar);
        w.Write(t.IsConfidential, NpgsqlDbType.Boolean);
        w.Write(t.CallerPhone, NpgsqlDbType.Varchar);
        Text(w, t.CallerName);
        w.Write((int)t.Channel, NpgsqlDbType.Integer);
        Instant(w, t.RegisteredAt);
        w.Write(t.RegisteredByUserId, NpgsqlDbType.Varchar);
        Instant(w, t.DispatchDueAt);
        Int(w, t.SuggestedUnitId);
        Int(w, t.LeadUnitId);
        w.Write(t.Round, NpgsqlDbType.Integer);
        w.Write(t.UrgeCount, NpgsqlDbType.Integer);
        w.Write(t.IsDirectlyAnswered, NpgsqlDbType.Boolean);
        Int(w, t.AnswerArticleId);
        Int(w, t.AnswerArticleVersion);
        Instant(w, t.ClosedAt);
        Int(w, (int?)t.StatusBeforeReturn);
        Instant(w, t.DispatchedAt);
        Bool(w, t.DispatchedInTime);
        w.Write(t.DuplicateCount, NpgsqlDbType.Integer);
        Long(w, t.MasterTicketId);
        Instant(w, t.CallbackDueAt);
        Text(w, t.CannotSolveReason);
        Int(w, (int?)t.ResolutionOutcome);
        Text(w, t.ResolutionText);
        Instant(w, t.ResolvedAt);
        w.Write(t.Revision, NpgsqlDbType.Integer);
        w.Write(t.AwaitingCallback, NpgsqlDbType.Boolean);
        Int(w, (int?)t.ClosureReason);
        w.Write(t.IsCallbackSample, NpgsqlDbType.Boolean);
        w.Write(t.ReopenCount, NpgsqlDbType.Integer);
        Instant(w, t.SupervisedAt);
        Int(w, (int?)t.Supervision);
        Text(w, t.SupervisionNote);
    }

    // The ticket's status and supervision are copied onto each assignment as the triggers (off here) would (ADR 0038).
    private void WriteAssignment(long ticketId, Ticket ticket, Assignment a)
    {
        var w = _assignments;
        w.StartRow();
        w.Write(a.Id, NpgsqlDbType.Bigint);
        w.Write(ticketId, NpgsqlDbType.Bigint);
        w.Write(a.Round, NpgsqlDbType.Integer);
        w.Write(a.UnitId, NpgsqlDbType.Integer);
        w.Write((int)a.Role, NpgsqlDbType.Integer);
        Instant(w, a.DispatchedAt);
        w.Write(a.DispatchedByUserId, NpgsqlDbType.Varchar);
        Text(w, a.Instruction);
        Instant(w, a.SignForDueAt);
        Instant(w, a.FirstContactDueAt);
        Instant(w, a.ResolveDueAt);
        Instant(w, a.SignedForAt);
        Instant(w, a.FirstContactAt);
        Instant(w, a.ResolvedAt);
        w.Write(a.IsActive, NpgsqlDbType.Boolean);
        Instant(w, a.AssistDoneAt);
        w.Write(a.ExtensionCount, NpgsqlDbType.Integer);
        Instant(w, a.ReturnDecidedAt);
        Text(w, a.ReturnReason);
        Instant(w, a.ReturnRequestedAt);
        Int(w, (int?)a.ReturnStatus);
        w.Write((int)a.Warning, NpgsqlDbType.Integer);
        w.Write((int)ticket.Status, NpgsqlDbType.Integer);
        Int(w, (int?)ticket.Supervision);
    }
}
