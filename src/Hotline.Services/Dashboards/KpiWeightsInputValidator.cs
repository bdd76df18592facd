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
                context.AddFailure(component?.ToString() ?? string.Empty, error);
            }
        });
    }

    /// <summary>The weights typed, or null while one is missing.</summary>
    public static KpiWeights? ToWeights(KpiWeightsInput input) =>
        input is { SignFor: { } s, FirstResponse: { } f, OnTimeCompletion: { } o, Satisfaction: { } sa, Solved: { } so }
            ? new KpiWeights(s, f, o, sa, so)
            : null;
}
