-- AppealEvidenceFiles reverted (ADR 0031): each appeal keeps one evidence file again, its first; run between adding
-- appeals.evidence_id back and dropping attachments.appeal_id.
UPDATE appeals p
SET evidence_id = (SELECT min(a.id) FROM attachments a WHERE a.appeal_id = p.id)
WHERE EXISTS (SELECT 1 FROM attachments a WHERE a.appeal_id = p.id);
