using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Appeals;

public sealed class AppealInputValidator : AbstractValidator<AppealInput>
{
    public AppealInputValidator()
    {
        RuleFor(x => x.Mark).NotNull().IsInEnum().WithMessage("Appeal.Error.NothingToAppeal");
        RuleFor(x => x.FactId).NotNull().WithMessage("Appeal.Error.NothingToAppeal");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Appeal.Error.ReasonRequired")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
