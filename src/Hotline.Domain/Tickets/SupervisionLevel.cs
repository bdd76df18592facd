namespace Hotline.Domain.Tickets;

/// <summary>督办 levels: a key (重点) supervision outranks a normal one everywhere it is shown.</summary>
public enum SupervisionLevel
{
    Normal = 1,
    Key = 2,
}
