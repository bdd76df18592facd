using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

public sealed class ResolveInputValidator : AbstractValidator<ResolveInput>
{
    public ResolveInputValidator()
    {
        RuleFor(x => x.Result).NotEmpty().WithMessage("Workbench.Validation.Result.Required")
            .Must(r => r is null || r.Trim().Length >= Limits.ResultMin).WithMessage("Workbench.Validation.Result.TooShort")
            .MaximumLength(Limits.ContentMax).WithMessage("Validation.Content.TooLong");
        RuleFor(x => x.Outcome).NotNull().WithMessage("Workbench.Validation.Outcome.Required")
            .IsInEnum().WithMessage("Workbench.Validation.Outcome.Required");
        RuleFor(x => x.CannotSolveReason)
            .NotEmpty().When(x => x.Outcome == ResolutionOutcome.CannotBeSolved).WithMessage("Workbench.Error.ReasonRequired")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
