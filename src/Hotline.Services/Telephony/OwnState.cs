using Hotline.Domain.Telephony;

namespace Hotline.Services.Telephony;

/// <summary>
/// What the agent's toolbar shows: whether a telephone platform is set up at all (without one the toolbar offers
/// nothing), and the agent's current state as the platform or the toolbar last set it, with its reason and since when
/// (<see cref="SinceLocal"/>: the hotline's wall-clock time).
/// </summary>
public sealed record OwnState(bool HasPlatform, AgentStateKind? State, string? Reason, DateTime? SinceLocal);
