namespace Hotline.Services.Delegation;

/// <summary>下派: the sub-unit that will work the ticket, and what it should know.</summary>
public sealed class DelegationInput
{
    public int? SubUnitId { get; set; }

    public string? Instruction { get; set; }

    public uint Version { get; set; }
}
