/**
 * Jobs: pg-boss keeps the queue itself (its own schema, created by pg-boss);
 * this table ties each job to its tenant and carries its progress, written
 * in the same transaction as the job is sent, and the key that deduplicates
 * automatic analyses (patient and input hash).
 */
export const jobs = /* sql */ `
CREATE TABLE job_ref (
  id          text PRIMARY KEY,
  tenant_id   text NOT NULL REFERENCES tenant(id),
  kind        text NOT NULL,
  progress    jsonb,
  dedupe_key  text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_ref_by_tenant ON job_ref (tenant_id, created_at);
CREATE INDEX job_ref_by_dedupe_key ON job_ref (tenant_id, dedupe_key, created_at) WHERE dedupe_key IS NOT NULL;
`;
