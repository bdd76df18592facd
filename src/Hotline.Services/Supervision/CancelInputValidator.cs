using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Supervision;

public sealed class CancelInputValidator : AbstractValidator<CancelInput>
{
    public CancelInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Supervision.Validation.CancelKind.Required")
            .IsInEnum().WithMessage("Supervision.Validation.CancelKind.Required");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Supervision.Error.CancelReasonRequired")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
