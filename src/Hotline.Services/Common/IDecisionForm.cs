namespace Hotline.Services.Common;

/// <summary>A decision on one waiting request of a list (a return, an objection): the ticket as the decider saw it and their note.</summary>
public interface IDecisionForm
{
    string Number { get; }

    string? Note { get; }
}
