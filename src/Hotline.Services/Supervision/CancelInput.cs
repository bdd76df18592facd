using Hotline.Domain.Tickets;

namespace Hotline.Services.Supervision;

/// <summary>作废: the kind of invalid ticket and what the supervisor found.</summary>
public sealed class CancelInput
{
    public CancelReason? Kind { get; set; }

    public string? Reason { get; set; }

    public uint Version { get; set; }
}
