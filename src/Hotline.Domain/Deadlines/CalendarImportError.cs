namespace Hotline.Domain.Deadlines;

/// <summary>A rejected line of an imported schedule; <see cref="MessageKey"/> is looked up in the UI's resources.</summary>
public readonly record struct CalendarImportError(int LineNumber, string MessageKey)
{
    /// <summary>Not "date,kind,name".</summary>
    public const string BadFormat = "Calendar.Import.BadFormat";

    /// <summary>Not a yyyy-MM-dd date.</summary>
    public const string BadDate = "Calendar.Import.BadDate";

    /// <summary>A range that ends before it starts.</summary>
    public const string BadRange = "Calendar.Import.BadRange";

    /// <summary>A range longer than any festival break, most likely a typo.</summary>
    public const string RangeTooLong = "Calendar.Import.RangeTooLong";

    /// <summary>Neither a holiday word nor a make-up workday word.</summary>
    public const string BadKind = "Calendar.Import.BadKind";

    public const string MissingName = "Calendar.Import.MissingName";

    public const string NameTooLong = "Calendar.Import.NameTooLong";

    /// <summary>A make-up working day on Monday–Friday, which would change nothing.</summary>
    public const string MakeupNotWeekend = "Calendar.Import.MakeupNotWeekend";

    /// <summary>A date already given on an earlier line.</summary>
    public const string DuplicateDate = "Calendar.Import.DuplicateDate";
}
