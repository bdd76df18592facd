using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Services.FollowUp;

/// <summary>The shape of a callback form; the domain checks the same rules again on the ticket.</summary>
public sealed class CallbackInputValidator : AbstractValidator<CallbackInput>
{
    public CallbackInputValidator()
    {
        RuleFor(x => x.Reached).NotNull().WithMessage("FollowUp.Validation.Reached.Required");
        When(x => x.Reached == true, () =>
        {
            RuleFor(x => x.Satisfaction).NotNull().WithMessage("FollowUp.Error.SatisfactionRequired")
                .IsInEnum().WithMessage("FollowUp.Error.SatisfactionRequired");
            RuleFor(x => x.Solved).NotNull().WithMessage("FollowUp.Error.SolvedRequired");
            // A dissatisfied citizen's words are what the unit (or the supervisor) acts on.
            RuleFor(x => x.CitizenWords).NotEmpty().When(x => x.Satisfaction == Satisfaction.Dissatisfied)
                .WithMessage("FollowUp.Validation.Words.Required");
        });
        RuleFor(x => x.CitizenWords).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
        RuleFor(x => x.Reopen).Equal(false).When(x => x.Reached != true || x.Satisfaction != Satisfaction.Dissatisfied)
            .WithMessage("FollowUp.Error.ReopenNeedsDissatisfied");
        When(x => x.Reopen, () =>
        {
            RuleFor(x => x.ReopenReason).NotEmpty().WithMessage("FollowUp.Error.ReopenReasonRequired")
                .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
        });
    }
}
