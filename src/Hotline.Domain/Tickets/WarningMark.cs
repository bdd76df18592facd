namespace Hotline.Domain.Tickets;

/// <summary>
/// The most serious warning raised on an assignment so far, in order. The deadline monitor raises each once:
/// nearing (yellow) and overdue (red) for each clock.
/// </summary>
public enum WarningMark
{
    None = 0,
    SignForNearing = 1,
    SignForOverdue = 2,
    FirstContactNearing = 3,
    FirstContactOverdue = 4,
    ResolveNearing = 5,
    ResolveOverdue = 6,
}
