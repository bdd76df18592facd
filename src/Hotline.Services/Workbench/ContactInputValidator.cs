using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Workbench;

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(x => x.ContactedAt).NotNull().WithMessage("Workbench.Validation.ContactedAt.Required");
        RuleFor(x => x.Method).NotNull().WithMessage("Workbench.Validation.Method.Required")
            .IsInEnum().WithMessage("Workbench.Validation.Method.Required");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Workbench.Validation.Summary.Required")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
