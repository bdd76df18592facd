using Hotline.Domain.Tickets;

namespace Hotline.Services.Supervision;

/// <summary>督办: the level, what the unit must do (the note), and optionally an earlier resolution deadline (local time).</summary>
public sealed class SuperviseInput
{
    public SupervisionLevel? Level { get; set; }

    public string? Note { get; set; }

    /// <summary>A tighter resolution deadline, as typed (hotline local time); empty keeps the deadline in force.</summary>
    public DateTime? TighterResolveDueAt { get; set; }

    public uint Version { get; set; }
}
