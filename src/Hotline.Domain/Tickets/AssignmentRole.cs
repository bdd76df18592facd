namespace Hotline.Domain.Tickets;

/// <summary>主办 (lead: resolves the ticket), 协办 (assisting: contributes notes) or 下派 (a sub-unit working the lead's part).</summary>
public enum AssignmentRole
{
    Lead = 1,
    Assisting = 2,

    /// <summary>下派: a sub-unit working its parent's lead assignment, with its own clocks inside the parent's.</summary>
    Delegated = 3,
}
