using FluentValidation;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;

namespace Hotline.Services.Units;

public sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public UnitInputValidator()
    {
        // Codes become logins (liaison-<code>) and appear in exports: lower-case letters, digits and hyphens.
        RuleFor(x => x.Code).NotEmpty().WithMessage("UnitAdmin.Validation.Code.Required")
            .MaximumLength(Limits.CodeMax).WithMessage("UnitAdmin.Validation.Code.Invalid")
            .Matches("^[a-z0-9][a-z0-9-]*$").WithMessage("UnitAdmin.Validation.Code.Invalid");
        RuleFor(x => x.NameZh).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("UnitAdmin.Validation.Name.Required")
            .MaximumLength(Limits.UnitNameMax).WithMessage("UnitAdmin.Validation.Name.TooLong");
        RuleFor(x => x.NameEn).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("UnitAdmin.Validation.Name.Required")
            .MaximumLength(Limits.UnitNameMax).WithMessage("UnitAdmin.Validation.Name.TooLong");
        RuleFor(x => x.Kind).NotNull().WithMessage("UnitAdmin.Validation.Kind.Required").IsInEnum().WithMessage("UnitAdmin.Validation.Kind.Required");
        RuleFor(x => x.ContactPhone).Must(PhoneNumber.IsValid).WithMessage("Validation.Phone.Invalid")
            .When(x => !string.IsNullOrWhiteSpace(x.ContactPhone));
    }
}
