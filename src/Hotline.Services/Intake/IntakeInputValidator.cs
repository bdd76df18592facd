using FluentValidation;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Intake;

/// <summary>
/// Shape checks for each intake action. Messages are resource keys; the page translates them.
/// Checks that need the database (does the category exist?) are made by <see cref="IntakeService"/>.
/// </summary>
public sealed class IntakeInputValidator : AbstractValidator<(IntakeInput Input, IntakeAction Action)>
{
    public IntakeInputValidator()
    {
        RuleFor(x => x.Input.SubmissionId).NotEmpty().WithMessage("Validation.Submission.Missing")
            .OverridePropertyName(nameof(IntakeInput.SubmissionId));
        RuleFor(x => x.Input.CallerPhone)
            .Must(PhoneNumber.IsValid).WithMessage("Validation.Phone.Invalid")
            .OverridePropertyName(nameof(IntakeInput.CallerPhone));
        RuleFor(x => x.Input.CallerName).MaximumLength(Limits.PersonNameMax).WithMessage("Validation.Name.TooLong")
            .OverridePropertyName(nameof(IntakeInput.CallerName));
        RuleFor(x => x.Input.Channel).IsInEnum().WithMessage("Validation.Channel.Invalid")
            .OverridePropertyName(nameof(IntakeInput.Channel));
        RuleFor(x => x.Input.EndedAt)
            .Must((x, ended) => ended is null || x.Input.StartedAt is null || ended >= x.Input.StartedAt)
            .WithMessage("Validation.Call.EndBeforeStart")
            .OverridePropertyName(nameof(IntakeInput.EndedAt));

        When(x => x.Action is IntakeAction.Register or IntakeAction.RegisterAndDispatch or IntakeAction.AnswerDirectly, () =>
        {
            RuleFor(x => x.Input.RequestType).NotNull().WithMessage("Validation.RequestType.Required")
                .IsInEnum().WithMessage("Validation.RequestType.Required")
                .OverridePropertyName(nameof(IntakeInput.RequestType));
            RuleFor(x => x.Input.CategoryId).NotNull().WithMessage("Validation.Category.Required")
                .OverridePropertyName(nameof(IntakeInput.CategoryId));
            RuleFor(x => x.Input.Urgency).IsInEnum().WithMessage("Validation.Urgency.Invalid")
                .OverridePropertyName(nameof(IntakeInput.Urgency));
            RuleFor(x => x.Input.Address).MaximumLength(Limits.AddressMax).WithMessage("Validation.Address.TooLong")
                .OverridePropertyName(nameof(IntakeInput.Address));
            RuleFor(x => x.Input.Latitude)
                .Must((x, lat) => (lat is null) == (x.Input.Longitude is null)
                    && (lat is null || GeoPoint.IsValid(lat.Value, x.Input.Longitude!.Value)))
                .WithMessage("Validation.Position.Invalid")
                .OverridePropertyName(nameof(IntakeInput.Latitude));
            RuleFor(x => x.Input.MediaUrl).Must(MediaLink.IsValid).WithMessage("Validation.MediaUrl.Invalid")
                .OverridePropertyName(nameof(IntakeInput.MediaUrl));
            RuleFor(x => x.Input.Content)
                .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Validation.Content.Required")
                .Must(c => c is null || c.Trim().Length >= Limits.ContentMin).WithMessage("Validation.Content.TooShort")
                .MaximumLength(Limits.ContentMax).WithMessage("Validation.Content.TooLong")
                .OverridePropertyName(nameof(IntakeInput.Content));
        });

        When(x => x.Action is IntakeAction.Register or IntakeAction.RegisterAndDispatch, () =>
            RuleFor(x => x.Input.Address)
                .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("Validation.Address.Required")
                // A position from the citizen's handset says where as well as an address does.
                .When(x => x.Input.RequestType != RequestType.Consultation && x.Input.Latitude is null)
                .OverridePropertyName(nameof(IntakeInput.Address)));

        When(x => x.Action == IntakeAction.AnswerDirectly, () =>
            RuleFor(x => x.Input.ArticleId)
                .Must((x, article) => article is not null || !string.IsNullOrWhiteSpace(x.Input.AnswerNote))
                .WithMessage("Validation.Answer.Required")
                .OverridePropertyName(nameof(IntakeInput.ArticleId)));

        RuleFor(x => x.Input.AnswerNote).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong")
            .OverridePropertyName(nameof(IntakeInput.AnswerNote));

        When(x => x.Action == IntakeAction.Urge, () =>
        {
            RuleFor(x => x.Input.UrgeTicketNumber)
                .Must(TicketNumber.IsValid).WithMessage("Validation.UrgeTicket.Required")
                .OverridePropertyName(nameof(IntakeInput.UrgeTicketNumber));
            RuleFor(x => x.Input.Content).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong")
                .OverridePropertyName(nameof(IntakeInput.Content));
        });

        // 突发事件: one click attaches the call; the caller's words (the content field) are kept if typed.
        When(x => x.Action == IntakeAction.AttachToIncident, () =>
        {
            RuleFor(x => x.Input.IncidentId).NotNull().WithMessage("Incident.Error.NotFound")
                .OverridePropertyName(nameof(IntakeInput.IncidentId));
            RuleFor(x => x.Input.Content).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong")
                .OverridePropertyName(nameof(IntakeInput.Content));
        });
    }
}
