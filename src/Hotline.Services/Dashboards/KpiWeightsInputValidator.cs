using FluentValidation;
using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>Every weight given; the rules themselves (non-negative, at most 1000, sum above 0) are the domain's.</summary>
public sealed class KpiWeightsInputValidator : AbstractValidator<KpiWeightsInput>
{
    public const string Required = "Validation.Value.Required";

    public KpiWeightsInputValidator()
    {
        RuleFor(x => x.SignFor).NotNull().WithMessage(Required);
        RuleFor(x => x.FirstResponse).NotNull().WithMessage(Required);
        RuleFor(x => x.OnTimeCompletion).NotNull().WithMessage(Required);
        RuleFor(x => x.Satisfaction).NotNull().WithMessage(Required);
        RuleFor(x => x.Solved).NotNull().WithMessage(Required);
        RuleFor(x => x).Custom((input, context) =>
        {
            if (ToWeights(input) is not { } weights)
            {
                return;
            }

            foreach (var (component, error) in weights.Problems())
            {
                context.AddFailure(component is null ? string.Empty : error == SampleMinimums.ErrorOutOfRange ? $"{component}Minimum" : $"{component}", error);
            }
        });
    }

    /// <summary>The weights typed, or null while one is missing; a minimum left empty is 0 (none).</summary>
    public static KpiWeights? ToWeights(KpiWeightsInput input) =>
        input is { SignFor: { } s, FirstResponse: { } f, OnTimeCompletion: { } o, Satisfaction: { } sa, Solved: { } so }
            ? new KpiWeights(s, f, o, sa, so)
            {
                Minimums = new SampleMinimums(input.SignForMinimum ?? 0, input.FirstResponseMinimum ?? 0, input.OnTimeCompletionMinimum ?? 0,
                    input.SatisfactionMinimum ?? 0, input.SolvedMinimum ?? 0),
            }
            : null;
}
