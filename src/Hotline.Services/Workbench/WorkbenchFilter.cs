using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

public sealed class WorkbenchFilter
{
    public const int DefaultPageSize = 20;

    /// <summary>One tab; null shows every group.</summary>
    public WorkbenchGroup? Group { get; set; }

    public Urgency? Urgency { get; set; }

    /// <summary>A ticket number (or its start), or words of the content or address.</summary>
    public string? Text { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = DefaultPageSize;
}
