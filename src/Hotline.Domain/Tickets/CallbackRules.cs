namespace Hotline.Domain.Tickets;

/// <summary>The configurable rules of callbacks and reopening (回访/重办).</summary>
public sealed record CallbackRules(int MaxFailedAttempts, TimeSpan ReopenWindow)
{
    public static CallbackRules Default { get; } = new(3, TimeSpan.FromDays(30));
}
