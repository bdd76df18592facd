using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Workbench;

public sealed class ExtensionInputValidator : AbstractValidator<ExtensionInput>
{
    public ExtensionInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Workbench.Validation.Reason.Required")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
        RuleFor(x => x.ProposedDueAt).NotNull().WithMessage("Workbench.Validation.ProposedDueAt.Required");
    }
}
