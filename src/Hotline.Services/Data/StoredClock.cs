namespace Hotline.Services.Data;

/// <summary>
/// The stored clock of an assignment (docs/decisions/0033-stored-assignment-clock.md): the generated columns
/// assignments.clock and assignments.clock_due_at, which PostgreSQL computes from the row's own columns by the rule of
/// <see cref="Domain.Tickets.AssignmentClock.Next"/> (Data/Sql/Columns). Shadow properties of <c>Assignment</c>: a query
/// reads them with <c>EF.Property&lt;ClockKind&gt;(a, StoredClock.Kind)</c> and <c>EF.Property&lt;DateTimeOffset&gt;(a, StoredClock.DueAt)</c>.
/// </summary>
public static class StoredClock
{
    public const string Kind = "Clock";

    public const string DueAt = "ClockDueAt";
}
