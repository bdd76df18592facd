using FluentValidation;

namespace Hotline.Services.Admin;

public sealed class CalculatorInputValidator : AbstractValidator<CalculatorInput>
{
    public CalculatorInputValidator()
    {
        RuleFor(x => x.Start).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Calculator.Start.Required")
            .Must((input, text) => input.TryGetStart(out _)).WithMessage("Calculator.Start.Invalid");
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Calculator.Amount.Required")
            .Must((input, text) => input.TryGetAmount(out _)).WithMessage("Calculator.Amount.Invalid");
        RuleFor(x => x.Unit).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Calculator.Unit.Required")
            .Must((input, text) => input.TryGetUnit(out _)).WithMessage("Calculator.Unit.Invalid");
    }
}
