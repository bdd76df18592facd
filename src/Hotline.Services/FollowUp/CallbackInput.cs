using Hotline.Domain.Tickets;

namespace Hotline.Services.FollowUp;

/// <summary>
/// The callback form. Reached or not; when reached, the citizen's verdict; when dissatisfied, whether to reopen and
/// why. <see cref="Version"/> is the ticket version the agent saw.
/// </summary>
public sealed class CallbackInput
{
    public bool? Reached { get; set; }

    public Satisfaction? Satisfaction { get; set; }

    public bool? Solved { get; set; }

    public string? CitizenWords { get; set; }

    public bool Reopen { get; set; }

    public string? ReopenReason { get; set; }

    /// <summary>Only for a sampled direct answer that is reopened: it never had a unit to go back to.</summary>
    public int? ReopenLeadUnitId { get; set; }

    public uint Version { get; set; }
}
