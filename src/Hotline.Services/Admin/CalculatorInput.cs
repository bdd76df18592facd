using System.Globalization;
using Hotline.Domain.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>
/// The deadline calculator's query, as typed (strings, so that nonsense is refused with a message rather
/// than dropped by model binding): a local start such as 2026-02-13T16:00, an amount and a unit name.
/// </summary>
public sealed record CalculatorInput(string? Start, string? Amount, string? Unit)
{
    private static readonly string[] StartFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(Amount) && string.IsNullOrWhiteSpace(Unit);

    /// <summary>The start as a wall-clock time in the hotline's zone.</summary>
    public bool TryGetStart(out DateTime local) =>
        DateTime.TryParseExact(Start?.Trim(), StartFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    public bool TryGetAmount(out int amount) =>
        int.TryParse(Amount?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out amount) && amount <= LimitInput.MaxAmount;

    /// <summary>Only the unit names (Minutes, Hours, WorkingHours, WorkingDays), not numbers or combinations.</summary>
    public bool TryGetUnit(out DurationUnit unit)
    {
        var name = Enum.GetNames<DurationUnit>().FirstOrDefault(n => string.Equals(n, Unit?.Trim(), StringComparison.OrdinalIgnoreCase));
        unit = name is null ? default : Enum.Parse<DurationUnit>(name);
        return name is not null;
    }
}
