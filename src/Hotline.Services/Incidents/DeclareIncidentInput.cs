using Hotline.Domain.Tickets;

namespace Hotline.Services.Incidents;

/// <summary>
/// The supervisor's declaration form. Times are local wall-clock times. The master is an existing ticket named by its
/// number, or (<see cref="NewMaster"/>) registered with the declaration from the first caller's report, as intake would.
/// </summary>
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

    /// <summary>Register the master with the declaration instead of naming an existing ticket.</summary>
    public bool NewMaster { get; set; }

    /// <summary>The form's own id: a retry registers the new master once and declares the incident once.</summary>
    public Guid SubmissionId { get; set; }

    public string? MasterCallerPhone { get; set; }
    public string? MasterCallerName { get; set; }
    public RequestType? MasterRequestType { get; set; }

    /// <summary>The new master's leaf category: the incident's own when that is a leaf, else one of its group.</summary>
    public int? MasterCategoryId { get; set; }

    public string? MasterAddress { get; set; }
    public string? MasterContent { get; set; }
}
