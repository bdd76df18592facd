namespace Hotline.Services.Supervision;

/// <summary>催办 by a supervisor: what the unit is pushed to do.</summary>
public sealed class UrgeInput
{
    public string? Note { get; set; }

    public uint Version { get; set; }
}
