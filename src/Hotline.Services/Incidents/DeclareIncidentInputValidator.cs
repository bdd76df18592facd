using FluentValidation;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Incidents;

/// <summary>
/// The declaration's shape; the domain checks the window and the master again (<see cref="Incident.Declare"/>). A new
/// master's own fields are intake's, checked by intake's rules when it is registered.
/// </summary>
public sealed class DeclareIncidentInputValidator : AbstractValidator<DeclareIncidentInput>
{
    public DeclareIncidentInputValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Incident.Error.NameRequired")
            .MaximumLength(Incident.NameMax).WithMessage("Incident.Error.NameRequired");
        RuleFor(x => x.CategoryId).NotNull().WithMessage("Validation.Category.Required");
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Incident.Error.WindowInvalid");
        RuleFor(x => x.EndsAt).NotNull().WithMessage("Incident.Error.WindowInvalid")
            .Must((x, end) => end is null || x.StartsAt is null || end > x.StartsAt).WithMessage("Incident.Error.WindowInvalid");
        RuleFor(x => x.MasterTicketNumber).Must(TicketNumber.IsValid).WithMessage("Incident.Error.MasterNotFound").When(x => !x.NewMaster);
        RuleFor(x => x.SubmissionId).NotEmpty().WithMessage("Validation.Submission.Missing").When(x => x.NewMaster);
    }
}
