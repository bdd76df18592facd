using Hotline.Domain.Knowledge;

namespace Hotline.Services.Knowledge;

public sealed record ArticleRow(int Id, string Title, ArticleStatus Status, int Version, DateOnly? ValidFrom, DateOnly? ValidUntil,
    DateTimeOffset UpdatedAt, int UseCount, bool OfferedToday);
