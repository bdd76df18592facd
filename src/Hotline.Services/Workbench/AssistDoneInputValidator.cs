using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Workbench;

public sealed class AssistDoneInputValidator : AbstractValidator<AssistDoneInput>
{
    public AssistDoneInputValidator() =>
        RuleFor(x => x.Note).MaximumLength(Limits.NoteMax).WithMessage("Validation.Note.TooLong");
}
