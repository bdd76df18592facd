using Hotline.Domain.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>One limit as typed: an amount and its unit.</summary>
public sealed class LimitInput
{
    /// <summary>Generous for any real limit (999 working days is four years); more is a typo.</summary>
    public const int MaxAmount = 999;

    public int? Amount { get; set; }

    public DurationUnit? Unit { get; set; }

    public static LimitInput From(TimeLimit limit) => new() { Amount = limit.Amount, Unit = limit.Unit };

    /// <summary>Only after validation.</summary>
    public TimeLimit ToTimeLimit() => new(Amount!.Value, Unit!.Value);
}
