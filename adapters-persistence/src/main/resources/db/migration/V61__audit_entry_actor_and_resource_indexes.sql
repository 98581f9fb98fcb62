-- An auditor filters the audit trail by the person who acted and by the resource acted on (GET /api/audit-trail?actor=
-- and ?resourceType=&resourceId=); each filter reads its entries in the order of recording, as the patient's does.
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, ordinal);
CREATE INDEX audit_entry_resource ON audit_entry (resource_id, ordinal);
