using FluentValidation;

namespace Hotline.Services.Admin;

public sealed class ReviewPolicyInputValidator : AbstractValidator<ReviewPolicyInput>
{
    public ReviewPolicyInputValidator()
    {
        RuleFor(x => x.Limit).NotNull().SetValidator(new LimitInputValidator());
    }
}
