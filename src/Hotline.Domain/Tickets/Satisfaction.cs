namespace Hotline.Domain.Tickets;

/// <summary>What the citizen says about the result when the hotline calls back (回访).</summary>
public enum Satisfaction
{
    Satisfied = 1,
    BasicallySatisfied = 2,
    Dissatisfied = 3,
}
