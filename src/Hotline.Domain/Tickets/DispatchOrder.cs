namespace Hotline.Domain.Tickets;

/// <summary>Who gets the ticket: one lead unit, optional assisting units, an instruction, and the clocks for all of them.</summary>
public sealed record DispatchOrder(int LeadUnitId, IReadOnlyList<int> AssistingUnitIds, string? Instruction, AssignmentDeadlines Deadlines)
{
    public const int MaxAssistingUnits = 10;
}
