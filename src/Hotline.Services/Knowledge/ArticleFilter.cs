using Hotline.Domain.Knowledge;

namespace Hotline.Services.Knowledge;

public sealed class ArticleFilter
{
    /// <summary>Contained in the title or keywords.</summary>
    public string? Text { get; set; }

    public ArticleStatus? Status { get; set; }

    public int? CategoryId { get; set; }

    public int Page { get; set; } = 1;
}
