namespace Hotline.Domain.Tickets;

/// <summary>
/// Which direct answers get a sample callback. The choice hashes the ticket number (FNV-1a), so it is spread evenly,
/// cannot be steered by the agent, and is the same every time it is asked.
/// </summary>
public static class CallbackSampling
{
    public const double DefaultShare = 0.10;

    public static bool IsSampled(string ticketNumber, double share)
    {
        ArgumentNullException.ThrowIfNull(ticketNumber);
        if (share <= 0)
        {
            return false;
        }

        if (share >= 1)
        {
            return true;
        }

        var hash = 2166136261u;
        foreach (var c in ticketNumber)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        // Mix the low bits so consecutive numbers do not fall into a pattern.
        hash ^= hash >> 15;
        hash = unchecked(hash * 2246822519u);
        hash ^= hash >> 13;
        return hash / (double)uint.MaxValue < share;
    }
}
