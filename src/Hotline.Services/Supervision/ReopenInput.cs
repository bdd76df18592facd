namespace Hotline.Services.Supervision;

/// <summary>重办 by a supervisor: why, and who takes round N+1 (by default the last round's units).</summary>
public sealed class ReopenInput
{
    public string? Reason { get; set; }

    public int? LeadUnitId { get; set; }

    public List<int> AssistingUnitIds { get; set; } = [];

    public uint Version { get; set; }
}
