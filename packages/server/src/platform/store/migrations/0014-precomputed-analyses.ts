/**
 * Precomputed analyses and acknowledged escalations. `job_ref` keeps the
 * sealed result of a completed case analysis (AES-256-GCM, bound to tenant
 * and job) and when it completed, written once, with the completion's
 * AuditEvent, so a retried job never stores it twice; CDS Hooks find the
 * freshest analysis of a patient's current inputs by an index lookup.
 * A tenant may set its own freshness window (`cds_tenant_settings`).
 * Escalation records carry who acknowledged them, when, and an optional
 * note (encrypted like the record itself).
 */
export const precomputedAnalyses = /* sql */ `
ALTER TABLE job_ref ADD COLUMN result_ciphertext text;
ALTER TABLE job_ref ADD COLUMN completed_at timestamptz;
CREATE INDEX job_ref_completed_by_dedupe_key ON job_ref (tenant_id, dedupe_key, completed_at DESC) WHERE completed_at IS NOT NULL AND dedupe_key IS NOT NULL;

ALTER TABLE cds_tenant_settings ADD COLUMN analysis_freshness_ms integer CHECK (analysis_freshness_ms BETWEEN 60000 AND 604800000);

ALTER TABLE escalation_record ADD COLUMN acknowledged_by text;
ALTER TABLE escalation_record ADD COLUMN acknowledged_at timestamptz;
ALTER TABLE escalation_record ADD COLUMN ack_note_ciphertext text;
CREATE INDEX escalation_record_by_status ON escalation_record (tenant_id, status, created_at);
`;
