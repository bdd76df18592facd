using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Supervision;

public sealed class UrgeInputValidator : AbstractValidator<UrgeInput>
{
    public UrgeInputValidator()
    {
        RuleFor(x => x.Note).NotEmpty().WithMessage("Supervision.Validation.UrgeNote.Required")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
