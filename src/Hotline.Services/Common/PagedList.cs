namespace Hotline.Services.Common;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>The count stopped at <see cref="TotalCount"/>: there are more ("10,000+"), and always a next page.</summary>
    public bool IsCountCapped { get; init; }

    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount || IsCountCapped;
}
