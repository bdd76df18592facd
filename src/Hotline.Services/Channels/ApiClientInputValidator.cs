using FluentValidation;
using Hotline.Domain.Channels;
using Hotline.Domain.Common;

namespace Hotline.Services.Channels;

public sealed class ApiClientInputValidator : AbstractValidator<ApiClientInput>
{
    public ApiClientInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Validation.ApiClient.Name")
            .MaximumLength(Limits.PersonNameMax).WithMessage("Validation.ApiClient.Name");
        RuleFor(x => x.Scope).IsInEnum().WithMessage("Validation.ApiClient.Scope");
        RuleFor(x => x.Channel)
            .Must((x, channel) => x.Scope == ApiScope.Telephony || (channel is { } c && ApiClient.CitizenChannels.Contains(c)))
            .WithMessage("Validation.ApiClient.Channel");
    }
}
