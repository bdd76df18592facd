namespace Hotline.Services.Admin;

/// <summary>What an administrator sets on a date; <see cref="Normal"/> removes any mark (the plain Monday–Friday rule applies).</summary>
public enum CalendarMark
{
    Normal = 0,

    /// <summary>放假.</summary>
    Holiday = 1,

    /// <summary>调休上班 (weekend dates only).</summary>
    MakeupWorkday = 2,
}
