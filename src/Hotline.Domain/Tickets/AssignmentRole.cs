namespace Hotline.Domain.Tickets;

/// <summary>主办 (lead: resolves the ticket) or 协办 (assisting: contributes notes).</summary>
public enum AssignmentRole
{
    Lead = 1,
    Assisting = 2,
}
