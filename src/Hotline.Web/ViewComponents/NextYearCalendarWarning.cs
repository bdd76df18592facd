namespace Hotline.Web.ViewComponents;

/// <summary>The banner's model: the year without a schedule, and whether the viewer may enter it.</summary>
public sealed record NextYearCalendarWarning(int Year, bool CanEdit);
