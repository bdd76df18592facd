-- AppealEvidenceFiles (ADR 0031): an appeal's evidence moves from its single appeals.evidence_id to the attachments that
-- name the appeal (attachments.appeal_id), so an appeal can carry several files. Run between adding appeal_id and
-- dropping evidence_id.
UPDATE attachments a
SET appeal_id = p.id
FROM appeals p
WHERE p.evidence_id = a.id;
