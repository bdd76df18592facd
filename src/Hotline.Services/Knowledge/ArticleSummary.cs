using Hotline.Services.Common;

namespace Hotline.Services.Knowledge;

/// <summary>An article as intake offers it; <see cref="Category"/> is the first of its categories.</summary>
public sealed record ArticleSummary(int Id, int Version, string Title, string Body, string Keywords, LocalizedName? Category, int UseCount);
