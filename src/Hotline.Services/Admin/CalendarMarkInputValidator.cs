using FluentValidation;
using Hotline.Domain.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>Shape checks for marking a date; messages are resource keys.</summary>
public sealed class CalendarMarkInputValidator : AbstractValidator<CalendarMarkInput>
{
    public CalendarMarkInputValidator()
    {
        RuleFor(x => x.Date).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Calendar.Mark.DateRequired")
            .Must(d => d is not { } date || date.Year is >= CalendarYear.MinYear and <= CalendarYear.MaxYear)
            .WithMessage("Calendar.Mark.DateOutOfRange");
        RuleFor(x => x.Mark).IsInEnum().WithMessage("Calendar.Mark.Invalid");
        When(x => x.Mark != CalendarMark.Normal, () =>
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Calendar.Mark.NameRequired")
                .Must(n => n is null || n.Trim().Length <= CalendarDay.NameMaxLength).WithMessage("Calendar.Mark.NameTooLong");
        });

        // A weekday is worked anyway: a make-up mark on it is a slip of the finger, not a schedule.
        RuleFor(x => x.Mark)
            .Must((x, mark) => mark != CalendarMark.MakeupWorkday || x.Date is not { } date || CalendarDay.IsWeekend(date))
            .WithMessage("Calendar.Mark.MakeupNotWeekend");
    }
}
