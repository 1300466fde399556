/**
 * Case analysis: escalation records for human review (payload encrypted at
 * rest with AES-256-GCM), per-tenant model endpoints (API key encrypted), and
 * the guideline library (documents, chunks with full-text search vectors and
 * optional embeddings stored as real[], cast to pgvector where it exists).
 */
export const caseAnalysis = /* sql */ `
CREATE TABLE escalation_record (
  id                 text PRIMARY KEY,
  tenant_id          text NOT NULL REFERENCES tenant(id),
  level              text NOT NULL CHECK (level IN ('urgent', 'emergency', 'low-confidence')),
  status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
  payload_ciphertext text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX escalation_record_open ON escalation_record (tenant_id, created_at) WHERE status = 'open';

CREATE TABLE tenant_llm_config (
  tenant_id          text PRIMARY KEY REFERENCES tenant(id),
  base_url           text,
  api_key_ciphertext text,
  models             jsonb NOT NULL DEFAULT '[]',
  timeout_ms         integer,
  updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guideline_document (
  id          text PRIMARY KEY,
  tenant_id   text NOT NULL REFERENCES tenant(id),
  title       text NOT NULL,
  source_url  text,
  format      text NOT NULL,
  demo        boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guideline_chunk (
  id           text PRIMARY KEY,
  tenant_id    text NOT NULL REFERENCES tenant(id),
  document_id  text NOT NULL REFERENCES guideline_document(id) ON DELETE CASCADE,
  ordinal      integer NOT NULL,
  heading      text NOT NULL,
  text         text NOT NULL,
  tsv          tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', heading), 'A') || setweight(to_tsvector('english', text), 'B')) STORED,
  embedding    real[]
);
CREATE INDEX guideline_chunk_tsv ON guideline_chunk USING gin (tsv);
CREATE INDEX guideline_chunk_by_tenant ON guideline_chunk (tenant_id, document_id, ordinal);
`;
