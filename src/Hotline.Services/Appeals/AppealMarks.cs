namespace Hotline.Services.Appeals;

/// <summary>A unit's marks on one of its tickets as the appeal page shows them, with the ticket's number and the version its forms carry.</summary>
public sealed record AppealMarks(string Number, uint Version, IReadOnlyList<AppealMarkView> Marks);
