namespace Hotline.Services.Audit;

/// <summary>
/// What the audit log stores as a subject's state before and after an act: a record per kind of subject, whose
/// properties are the fields the /Admin/Audit page names in words (<c>Audit.Field.{Name}</c>) and whose enum values it
/// shows by their labels. <see cref="AuditSnapshots"/> finds them all, so a new field cannot go unlabelled unnoticed.
/// </summary>
public interface IAuditSnapshot;
