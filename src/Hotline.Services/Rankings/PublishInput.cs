namespace Hotline.Services.Rankings;

/// <summary>A supervisor's publication of a month's ranking: the month, the latest version they saw (0: none), a note.</summary>
public sealed class PublishInput
{
    /// <summary>Any day of the month to publish.</summary>
    public DateOnly? Month { get; set; }

    public int SeenVersion { get; set; }

    /// <summary>Why a correction is published (required from version 2).</summary>
    public string? Note { get; set; }
}
