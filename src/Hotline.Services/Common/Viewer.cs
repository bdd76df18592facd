using Hotline.Domain.Access;

namespace Hotline.Services.Common;

/// <summary>
/// The person asking, as the service layer needs them: their actor identity and, for a liaison, the one
/// unit whose tickets they may see. Every read and every act goes through this.
/// </summary>
public sealed record Viewer(Actor Actor, int? UnitId)
{
    /// <summary>Liaisons see only their own unit's tickets; hotline staff see every ticket.</summary>
    public bool IsUnitBound => !Actor.Has(Role.Agent) && !Actor.Has(Role.Dispatcher)
        && !Actor.Has(Role.Supervisor) && !Actor.Has(Role.Admin);

    /// <summary>Units see a confidential caller masked; the hotline relays contact.</summary>
    public bool SeesMaskedCallers => IsUnitBound;
}
