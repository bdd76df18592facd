namespace Hotline.Domain.Deadlines;

public enum CalendarDayKind
{
    /// <summary>放假: a date that is not worked even if it falls Monday–Friday.</summary>
    Holiday = 1,

    /// <summary>调休上班: a weekend date that is worked.</summary>
    MakeupWorkday = 2,
}
