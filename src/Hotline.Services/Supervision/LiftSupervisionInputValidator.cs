using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Supervision;

public sealed class LiftSupervisionInputValidator : AbstractValidator<LiftSupervisionInput>
{
    public LiftSupervisionInputValidator()
    {
        RuleFor(x => x.Note).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
