namespace Hotline.Services.Incidents;

/// <summary>The supervisor's declaration form. Times are local wall-clock times; the master is named by its number.</summary>
public sealed class DeclareIncidentInput
{
    public string? Name { get; set; }

    /// <summary>A leaf category or a group.</summary>
    public int? CategoryId { get; set; }

    /// <summary>A district or township; empty for the whole city.</summary>
    public int? AreaUnitId { get; set; }

    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? MasterTicketNumber { get; set; }
}
