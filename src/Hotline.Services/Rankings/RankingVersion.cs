namespace Hotline.Services.Rankings;

/// <summary>
/// A published month's ranking, frozen (docs/decisions/0031-appeals-and-ranking-versions.md): who published it, when,
/// the weights and minimums (<see cref="Weights"/>, as the KPI settings store them) and the definitions it was computed
/// under, and every unit's row. Version 1 is the first publication; each later one is a correction after upheld appeals.
/// </summary>
public sealed class RankingVersion
{
    public int Id { get; set; }

    /// <summary>The month ranked: its first day.</summary>
    public DateOnly Month { get; set; }

    public int Number { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string PublishedByUserId { get; set; } = string.Empty;
    public string PublishedByName { get; set; } = string.Empty;

    /// <summary>The weights and sample minimums in force, as JSON (<see cref="Dashboards.KpiWeightsService.Format"/>).</summary>
    public string Weights { get; set; } = string.Empty;

    /// <summary>The measure definitions the figures follow (<see cref="RankingDefinitions.Current"/>).</summary>
    public string Definitions { get; set; } = string.Empty;

    /// <summary>Why a correction was published (required from version 2).</summary>
    public string? Note { get; set; }

    /// <summary>Appeals upheld for the month's facts by publication time: a correction needs more than its predecessor had.</summary>
    public int AppealsUpheld { get; set; }

    public List<RankingVersionRow> Rows { get; set; } = [];
}
