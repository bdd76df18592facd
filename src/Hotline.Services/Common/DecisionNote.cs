using Hotline.Domain.Common;

namespace Hotline.Services.Common;

/// <summary>The note a dispatcher or supervisor writes with a decision on a unit's request.</summary>
public static class DecisionNote
{
    /// <summary>A refusal of the note, or null when it will do. A rejection must tell the unit why.</summary>
    public static ServiceError? Check(string? note, bool required, string field)
    {
        if (required && string.IsNullOrWhiteSpace(note))
        {
            return new ServiceError(field, "Decision.Error.NoteRequired");
        }

        return (note?.Trim().Length ?? 0) > Limits.NoteMax ? new ServiceError(field, "Validation.Note.TooLong") : null;
    }

    public static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
