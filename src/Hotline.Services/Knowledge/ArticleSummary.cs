using Hotline.Services.Common;

namespace Hotline.Services.Knowledge;

public sealed record ArticleSummary(int Id, string Title, string Body, string Keywords, LocalizedName? Category, int UseCount);
