namespace Hotline.Domain.Deadlines;

/// <summary>The parsed days, which should only be saved when there are no errors.</summary>
public sealed record CalendarImportResult(IReadOnlyList<CalendarDay> Days, IReadOnlyList<CalendarImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
