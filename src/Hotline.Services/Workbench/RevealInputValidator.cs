using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Workbench;

public sealed class RevealInputValidator : AbstractValidator<RevealInput>
{
    public RevealInputValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Workbench.Validation.Reason.Required")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
}
