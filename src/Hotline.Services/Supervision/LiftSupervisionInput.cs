namespace Hotline.Services.Supervision;

/// <summary>解除督办, with an optional note for the timeline.</summary>
public sealed class LiftSupervisionInput
{
    public string? Note { get; set; }

    public uint Version { get; set; }
}
