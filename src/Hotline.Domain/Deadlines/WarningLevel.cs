namespace Hotline.Domain.Deadlines;

public enum WarningLevel
{
    None = 0,

    /// <summary>黄牌预警: the deadline is near.</summary>
    Yellow = 1,

    /// <summary>红牌: overdue.</summary>
    Red = 2,
}
