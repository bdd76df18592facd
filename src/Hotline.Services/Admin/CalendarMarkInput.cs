namespace Hotline.Services.Admin;

/// <summary>The "mark a date" form of the calendar page.</summary>
public sealed class CalendarMarkInput
{
    public DateOnly? Date { get; set; }

    public CalendarMark Mark { get; set; } = CalendarMark.Holiday;

    /// <summary>The festival, e.g. 国庆节; not needed to clear a mark.</summary>
    public string? Name { get; set; }
}
