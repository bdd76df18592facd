using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Delegation;

public sealed class DelegationInputValidator : AbstractValidator<DelegationInput>
{
    public DelegationInputValidator()
    {
        RuleFor(x => x.SubUnitId).NotNull().WithMessage("Delegation.Validation.SubUnit.Required");
        RuleFor(x => x.Instruction).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
