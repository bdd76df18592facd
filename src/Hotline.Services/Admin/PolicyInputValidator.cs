using FluentValidation;

namespace Hotline.Services.Admin;

public sealed class PolicyInputValidator : AbstractValidator<PolicyInput>
{
    public PolicyInputValidator()
    {
        var limit = new LimitInputValidator();
        RuleFor(x => x.Dispatch).NotNull().SetValidator(limit);
        RuleFor(x => x.SignFor).NotNull().SetValidator(limit);
        RuleFor(x => x.FirstContact).NotNull().SetValidator(limit);
        RuleFor(x => x.Resolve).NotNull().SetValidator(limit);
        RuleFor(x => x.Callback).NotNull().SetValidator(limit);
    }
}
