using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Objections;

public sealed class ObjectionInputValidator : AbstractValidator<ObjectionInput>
{
    public ObjectionInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Workbench.Validation.Reason.Required")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
        RuleFor(x => x.SuggestedUnitId).NotNull().WithMessage("Objection.Validation.SuggestedUnit.Required");
    }
}
