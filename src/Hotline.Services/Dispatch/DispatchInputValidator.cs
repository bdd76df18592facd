using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Dispatch;

public sealed class DispatchInputValidator : AbstractValidator<DispatchInput>
{
    public DispatchInputValidator()
    {
        RuleFor(x => x.LeadUnitId).NotNull().WithMessage("Validation.LeadUnit.Required");
        RuleFor(x => x.AssistingUnitIds)
            .Must((x, units) => x.LeadUnitId is null || !units.Contains(x.LeadUnitId.Value)).WithMessage("Dispatch.Error.LeadAlsoAssisting")
            .Must(units => units.Distinct().Count() <= DispatchOrder.MaxAssistingUnits).WithMessage("Dispatch.Error.TooManyAssisting");
        RuleFor(x => x.Instruction).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
