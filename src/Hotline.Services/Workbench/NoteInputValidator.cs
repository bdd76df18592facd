using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Workbench;

public sealed class NoteInputValidator : AbstractValidator<NoteInput>
{
    public NoteInputValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("Workbench.Validation.Note.Required")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
}
