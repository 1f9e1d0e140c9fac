-- Bounded storage for unfinished credit-repair applications (creditrepair/CreditService): each attachment of a draft
-- records who sent it (a keyed hash of the client address, never the address), so the bytes held in drafts can be
-- capped per client and overall; drafts are found by their start time to be refused and purged after their lifetime.
ALTER TABLE repair_files ADD COLUMN client_hash text;
CREATE INDEX repair_drafts_by_start ON repair_applications (created_at) WHERE status = 'draft';

-- Attachments are encrypted by the application like contact details (AES-256-GCM, web/Keys); files stored before
-- this version stay readable as they are (encrypted = false) until they are purged.
ALTER TABLE repair_files ADD COLUMN encrypted boolean NOT NULL DEFAULT false;
