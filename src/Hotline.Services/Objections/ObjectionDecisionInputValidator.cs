using FluentValidation;
using Hotline.Services.Common;

namespace Hotline.Services.Objections;

/// <summary>A rejection needs a note (the unit must read why); upholding needs the unit the ticket goes to.</summary>
public sealed class ObjectionDecisionInputValidator : DecisionNoteValidator<ObjectionDecisionInput>
{
    public const string Uphold = "Uphold";

    public ObjectionDecisionInputValidator()
        : base(x => x.Note)
    {
        RuleSet(Uphold, () => RuleFor(x => x.LeadUnitId).NotNull().WithMessage("Validation.LeadUnit.Required"));
    }
}
