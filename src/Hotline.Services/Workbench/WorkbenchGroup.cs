namespace Hotline.Services.Workbench;

/// <summary>What a unit's assignment waits for next; the workbench's tabs.</summary>
public enum WorkbenchGroup
{
    /// <summary>Dispatched to the unit as lead, not yet signed for (签收).</summary>
    ToSignFor = 1,

    /// <summary>Signed for, the citizen not yet contacted.</summary>
    ToContact = 2,

    /// <summary>Contacted, not yet resolved (办结).</summary>
    ToResolve = 3,

    /// <summary>A return or an extension the unit asked for waits for a decision; the clocks keep running.</summary>
    Pending = 4,

    /// <summary>The unit assists another unit and has not reported its part done.</summary>
    Assisting = 5,
}
