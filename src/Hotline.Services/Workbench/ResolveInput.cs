using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>办结: what was done, the outcome, and why when it cannot be solved.</summary>
public sealed class ResolveInput
{
    public string? Result { get; set; }

    public ResolutionOutcome? Outcome { get; set; }

    public string? CannotSolveReason { get; set; }

    public uint Version { get; set; }
}
