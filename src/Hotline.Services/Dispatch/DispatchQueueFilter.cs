using Hotline.Domain.Tickets;

namespace Hotline.Services.Dispatch;

public sealed class DispatchQueueFilter
{
    public const int DefaultPageSize = 30;

    public int? CategoryId { get; set; }

    /// <summary>A district finds its townships' tickets too.</summary>
    public int? AreaUnitId { get; set; }

    public Urgency? Urgency { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = DefaultPageSize;
}
