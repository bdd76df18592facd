using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>首次联系: when (local time), how, and what was said.</summary>
public sealed class ContactInput
{
    public DateTime? ContactedAt { get; set; }

    public ContactMethod? Method { get; set; }

    public string? Summary { get; set; }

    public uint Version { get; set; }
}
