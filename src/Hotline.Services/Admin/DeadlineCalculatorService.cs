using FluentValidation;
using Hotline.Domain.Deadlines;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>The calendar page's calculator: the due time the engine gives for a start, an amount and a unit, on today's calendar.</summary>
public sealed class DeadlineCalculatorService(DeadlineService deadlines, HotlineClock clock, IValidator<CalculatorInput> validator)
{
    public async Task<ServiceResult<CalculatorAnswer>> CalculateAsync(CalculatorInput input, CancellationToken ct = default)
    {
        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid || !input.TryGetStart(out var local) || !input.TryGetAmount(out var amount) || !input.TryGetUnit(out var unit))
        {
            return ServiceResult<CalculatorAnswer>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        if (ServiceResult<CalculatorAnswer>.IfImplausible(clock, nameof(input.Start), local) is { } implausible)
        {
            return implausible;
        }

        var start = clock.FromLocal(local);
        var limit = new TimeLimit(amount, unit);
        var calendar = await deadlines.LoadCalendarAsync(ct);
        var result = calendar.Add(start, limit);
        return ServiceResult<CalculatorAnswer>.Ok(new CalculatorAnswer(clock.ToLocal(start), limit, clock.ToLocal(result.DueAt), result.YearsWithoutData));
    }
}
