using System.Linq.Expressions;
using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Common;

/// <summary>
/// The note a dispatcher or supervisor writes with a decision on a unit's request: never longer than a note may be, and
/// required to reject (the <see cref="Reject"/> rule set), since a rejection must tell the unit why.
/// </summary>
public abstract class DecisionNoteValidator<T> : AbstractValidator<T>
{
    public const string Reject = "Reject";

    protected DecisionNoteValidator(Expression<Func<T, string?>> note)
    {
        RuleFor(note).Must(n => (n?.Trim().Length ?? 0) <= Limits.NoteMax).WithMessage("Validation.Note.TooLong");
        RuleSet(Reject, () => RuleFor(note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Decision.Error.NoteRequired"));
    }
}
