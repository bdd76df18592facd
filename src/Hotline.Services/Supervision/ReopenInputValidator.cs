using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Supervision;

public sealed class ReopenInputValidator : AbstractValidator<ReopenInput>
{
    public ReopenInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("FollowUp.Error.ReopenReasonRequired")
            .MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
        RuleFor(x => x.LeadUnitId).NotNull().WithMessage("Validation.LeadUnit.Required");
        RuleFor(x => x.AssistingUnitIds)
            .Must((x, units) => x.LeadUnitId is null || !units.Contains(x.LeadUnitId.Value)).WithMessage("Dispatch.Error.LeadAlsoAssisting")
            .Must(units => units.Distinct().Count() <= DispatchOrder.MaxAssistingUnits).WithMessage("Dispatch.Error.TooManyAssisting");
    }
}
