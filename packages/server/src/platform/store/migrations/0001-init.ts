/** Tenants, API keys, versioned FHIR resources, and the append-only, hash-chained audit trail. */
export const init = /* sql */ `
CREATE TABLE tenant (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_key (
  id          text PRIMARY KEY,
  tenant_id   text NOT NULL REFERENCES tenant(id),
  name        text NOT NULL,
  role        text NOT NULL CHECK (role IN ('admin', 'clinician', 'integration', 'auditor')),
  key_hash    text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

CREATE TABLE fhir_resource (
  tenant_id      text NOT NULL REFERENCES tenant(id),
  resource_type  text NOT NULL,
  id             text NOT NULL,
  version_id     integer NOT NULL CHECK (version_id > 0),
  last_updated   timestamptz NOT NULL,
  is_current     boolean NOT NULL DEFAULT true,
  deleted        boolean NOT NULL DEFAULT false,
  patient_ref    text,
  resource       jsonb NOT NULL,
  PRIMARY KEY (tenant_id, resource_type, id, version_id)
);
CREATE UNIQUE INDEX fhir_resource_current ON fhir_resource (tenant_id, resource_type, id) WHERE is_current;
CREATE INDEX fhir_resource_by_patient ON fhir_resource (tenant_id, patient_ref, resource_type) WHERE is_current;

CREATE TABLE audit_event (
  tenant_id     text NOT NULL REFERENCES tenant(id),
  seq           bigint NOT NULL CHECK (seq > 0),
  id            uuid NOT NULL UNIQUE,
  recorded      timestamptz NOT NULL,
  action        text NOT NULL CHECK (action IN ('C', 'R', 'U', 'D', 'E')),
  outcome       text NOT NULL,
  agent_id      text,
  patient_refs  text[] NOT NULL DEFAULT '{}',
  resource      jsonb NOT NULL,
  event_hash    text NOT NULL,
  prev_hash     text NOT NULL,
  chain_hash    text NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_event_by_recorded ON audit_event (tenant_id, recorded);
CREATE INDEX audit_event_by_patient ON audit_event USING gin (patient_refs);

-- One row per tenant: the head of its chain. Appending locks it, so concurrent
-- writers of one tenant are serialised and the chain stays unbroken.
CREATE TABLE audit_chain_head (
  tenant_id  text PRIMARY KEY REFERENCES tenant(id),
  seq        bigint NOT NULL,
  hash       text NOT NULL,
  prev_hash  text NOT NULL
);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
`;
