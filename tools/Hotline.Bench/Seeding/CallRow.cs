using Hotline.Domain.Calls;

namespace Hotline.Bench.Seeding;

/// <summary>One row of the calls table as the generator writes it (the domain's Call cannot carry a ring time).</summary>
internal sealed record CallRow(long Id, Guid SubmissionId, string Phone, string? CallerName, Channel Channel, DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt, DateTimeOffset EndedAt, string AgentUserId, CallOutcome Outcome, long? TicketId);
