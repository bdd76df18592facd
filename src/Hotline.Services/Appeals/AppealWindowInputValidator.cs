using FluentValidation;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Appeals;

public sealed class AppealWindowInputValidator : AbstractValidator<AppealWindowInput>
{
    public AppealWindowInputValidator()
    {
        RuleFor(x => x.WorkingDays).NotNull().WithMessage("Validation.Value.Required")
            .InclusiveBetween(1, AppealWindow.MaxWorkingDays).WithMessage("AppealWindow.Error.OutOfRange");
    }
}
