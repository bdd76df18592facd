namespace Hotline.Services.Objections;

/// <summary>
/// The arbitration of one objection: the ticket as the dispatcher or supervisor saw it, a note, and for an upheld
/// objection the unit the ticket goes to (the suggested one unless another is chosen).
/// </summary>
public sealed class ObjectionDecisionInput : Common.IDecisionForm
{
    public string Number { get; set; } = string.Empty;

    public uint Version { get; set; }

    public string? Note { get; set; }

    public int? LeadUnitId { get; set; }
}
