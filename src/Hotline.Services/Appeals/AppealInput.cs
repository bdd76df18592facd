using Hotline.Domain.Tickets;

namespace Hotline.Services.Appeals;

/// <summary>A unit's appeal of one mark: which (the mark and its assignment or callback), why, and the ticket's version seen.</summary>
public sealed class AppealInput
{
    public AppealedMark? Mark { get; set; }

    /// <summary>The assignment (deadline marks) or the callback (a dissatisfied callback) the mark is on.</summary>
    public long? FactId { get; set; }

    public string? Reason { get; set; }

    public uint Version { get; set; }
}
