using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Supervision;

/// <summary>The form's shape; whether the deadline is really tighter (after now, before the one in force) is the domain's rule.</summary>
public sealed class SuperviseInputValidator : AbstractValidator<SuperviseInput>
{
    public SuperviseInputValidator()
    {
        RuleFor(x => x.Level).NotNull().WithMessage("Supervision.Validation.Level.Required")
            .IsInEnum().WithMessage("Supervision.Validation.Level.Required");
        RuleFor(x => x.Note).NotEmpty().WithMessage("Supervision.Error.NoteRequired")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
