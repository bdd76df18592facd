namespace Hotline.Domain.Tickets;

/// <summary>What the lead unit reports when it resolves (办结) a ticket.</summary>
public enum ResolutionOutcome
{
    Solved = 1,
    Explained = 2,
    CannotBeSolved = 3,
}
