using Hotline.Domain.Common;

namespace Hotline.Services.Common;

/// <summary>The note a dispatcher or supervisor writes with a decision on a unit's request, as stored (its rules: <see cref="DecisionNoteValidator{T}"/>).</summary>
public static class DecisionNote
{
    public static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
