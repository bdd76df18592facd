using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Workbench;

public sealed class ReturnInputValidator : AbstractValidator<ReturnInput>
{
    public ReturnInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Workbench.Validation.ReturnKind.Required")
            .IsInEnum().WithMessage("Workbench.Validation.ReturnKind.Required");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Workbench.Validation.Reason.Required")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
