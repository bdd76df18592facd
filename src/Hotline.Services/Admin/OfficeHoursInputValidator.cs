using FluentValidation;

namespace Hotline.Services.Admin;

public sealed class OfficeHoursInputValidator : AbstractValidator<OfficeHoursInput>
{
    public OfficeHoursInputValidator()
    {
        RuleFor(x => x.Text).Custom((text, context) =>
        {
            if (!OfficeHoursText.TryParse(text, out _, out var errorKey))
            {
                context.AddFailure(nameof(OfficeHoursInput.Text), errorKey!);
            }
        });
    }
}
