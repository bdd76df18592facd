using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Common;

namespace Hotline.Services.Users;

public sealed class UserInputValidator : AbstractValidator<UserInput>
{
    public const int UserNameMax = 64;

    public UserInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("Users.Validation.UserName.Required")
            .MaximumLength(UserNameMax).WithMessage("Users.Validation.UserName.Invalid")
            .Matches("^[a-zA-Z0-9._-]+$").WithMessage("Users.Validation.UserName.Invalid")
            .When(x => string.IsNullOrEmpty(x.Id));
        RuleFor(x => x.DisplayName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Users.Validation.DisplayName.Required")
            .MaximumLength(Limits.PersonNameMax).WithMessage("Users.Validation.DisplayName.TooLong");
        RuleFor(x => x.Roles).Must(r => r.All(Enum.IsDefined)).WithMessage("Validation.Value.Invalid");
        // The same rule sign-in applies (ActiveAccountConfirmation).
        RuleFor(x => x).Custom((x, context) =>
        {
            if (AccountRules.Check(x.Roles.Distinct().ToList(), x.UnitId) is { } error)
            {
                context.AddFailure(error == AccountRules.NoRole || error == AccountRules.LiaisonOnly ? nameof(UserInput.Roles) : nameof(UserInput.UnitId), error);
            }
        });
    }
}
