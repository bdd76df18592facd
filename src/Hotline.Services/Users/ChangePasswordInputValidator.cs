using FluentValidation;

namespace Hotline.Services.Users;

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Validation.Password.Required");
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Password.Validation.New.Required");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("Password.Validation.Confirm.Mismatch")
            .When(x => !string.IsNullOrEmpty(x.NewPassword));
        RuleFor(x => x.NewPassword).NotEqual(x => x.CurrentPassword).WithMessage("Password.Validation.New.Same")
            .When(x => !string.IsNullOrEmpty(x.NewPassword));
    }
}
