using Hotline.Domain.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>
/// An import either saved every line (<see cref="SavedCount"/> dates) or nothing, with the rejected lines.
/// Line 0 stands for the text as a whole (empty, too long).
/// </summary>
public sealed record CalendarImportOutcome(int SavedCount, IReadOnlyList<int> Years, IReadOnlyList<CalendarImportError> Errors)
{
    public const string Empty = "Calendar.Import.Empty";
    public const string TooLong = "Calendar.Import.TooLong";

    public bool Succeeded => Errors.Count == 0;

    public static CalendarImportOutcome Failed(IReadOnlyList<CalendarImportError> errors) => new(0, [], errors);
}
