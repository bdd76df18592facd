using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>退单申请: why, from the usual reasons, and what the dispatcher should know.</summary>
public sealed class ReturnInput
{
    public ReturnReason? Kind { get; set; }

    public string? Reason { get; set; }

    public uint Version { get; set; }
}
