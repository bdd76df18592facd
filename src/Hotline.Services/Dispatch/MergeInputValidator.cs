using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Dispatch;

/// <summary>The merge form: a master's number that is a ticket number, and a note no longer than a note may be.</summary>
public sealed class MergeInputValidator : AbstractValidator<MergeInput>
{
    public MergeInputValidator()
    {
        RuleFor(x => x.MasterNumber).Must(n => TicketNumber.IsValid(n?.Trim())).WithMessage("Merge.Error.MasterRequired");
        RuleFor(x => x.Note).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
    }
}
