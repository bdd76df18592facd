namespace Hotline.Services.Dispatch;

/// <summary>The dispatch form. <see cref="Version"/> is the ticket version the dispatcher saw.</summary>
public sealed class DispatchInput
{
    public int? LeadUnitId { get; set; }

    public List<int> AssistingUnitIds { get; set; } = [];

    public string? Instruction { get; set; }

    public uint Version { get; set; }
}
