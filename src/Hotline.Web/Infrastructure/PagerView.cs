using Hotline.Services.Common;

namespace Hotline.Web.Infrastructure;

/// <summary>Previous/next links of a paged list that keep the rest of the query string (_Pager).</summary>
public sealed record PagerView(int Page, int PageCount, bool HasPrevious, bool HasNext, int TotalCount, string Parameter = "Filter.Page")
{
    public static PagerView Of<T>(PagedList<T> list, string parameter = "Filter.Page")
    {
        ArgumentNullException.ThrowIfNull(list);
        return new(list.Page, list.PageCount, list.HasPrevious, list.HasNext, list.TotalCount, parameter);
    }
}
