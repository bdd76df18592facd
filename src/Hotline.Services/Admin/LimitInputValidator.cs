using FluentValidation;

namespace Hotline.Services.Admin;

public sealed class LimitInputValidator : AbstractValidator<LimitInput>
{
    public LimitInputValidator()
    {
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Policy.Amount.Required")
            .InclusiveBetween(0, LimitInput.MaxAmount).WithMessage("Policy.Amount.Range");
        RuleFor(x => x.Unit).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Policy.Unit.Invalid")
            .IsInEnum().WithMessage("Policy.Unit.Invalid");
    }
}
