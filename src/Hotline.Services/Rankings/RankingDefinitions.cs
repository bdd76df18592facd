namespace Hotline.Services.Rankings;

/// <summary>
/// The name of the measure definitions a ranking is computed under, stored with every published version so a reader
/// knows which rules its figures follow. Change it whenever docs/measures.md changes what a figure counts.
/// </summary>
public static class RankingDefinitions
{
    public const string Current = "measures.md 2026-12: ADR 0011 attribution, 0023 rollups, 0029 delegation, 0031 upheld appeals excluded";
}
