using FluentValidation;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Channels;

public sealed class StatusLookupInputValidator : AbstractValidator<StatusLookupInput>
{
    public StatusLookupInputValidator()
    {
        RuleFor(x => x.Number).Must(n => TicketNumber.IsValid(n?.Trim())).WithMessage("Validation.Status.Number");
        RuleFor(x => x.PhoneLastFour).Matches("^[0-9]{4}$").WithMessage("Validation.Status.LastFour")
            .NotEmpty().WithMessage("Validation.Status.LastFour");
    }
}
