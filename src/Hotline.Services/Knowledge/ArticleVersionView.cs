namespace Hotline.Services.Knowledge;

/// <summary>One saved version of an article, as its history and a ticket's 答复依据 show it.</summary>
public sealed record ArticleVersionView(int ArticleId, int Number, string Title, string Body, string Keywords, DateOnly? ValidFrom, DateOnly? ValidUntil,
    string SavedBy, DateTimeOffset SavedAt);
