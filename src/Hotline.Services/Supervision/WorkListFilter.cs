using Hotline.Domain.Deadlines;

namespace Hotline.Services.Supervision;

/// <summary>The supervisor's work list (/Supervision): one unit or all, red or yellow clocks or both, and each section's page.</summary>
public sealed class WorkListFilter
{
    public const int PageSize = 15;

    /// <summary>Limits the clocks, the reopened tickets and the dissatisfied callbacks to one unit.</summary>
    public int? UnitId { get; set; }

    /// <summary>Only overdue (Red) or only nearly due (Yellow) clocks; null shows both.</summary>
    public WarningLevel? Warning { get; set; }

    public int ClocksPage { get; set; } = 1;

    public int ReopenedPage { get; set; } = 1;

    public int CallbacksPage { get; set; } = 1;
}
