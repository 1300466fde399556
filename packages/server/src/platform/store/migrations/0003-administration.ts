/**
 * Administration: API keys that expire, the `operator` role (platform
 * operators, whose keys live in the `platform` tenant), and the EHR clients
 * that call CDS Hooks with signed JWTs.
 */
export const administration = /* sql */ `
ALTER TABLE api_key ADD COLUMN expires_at timestamptz;
ALTER TABLE api_key ADD COLUMN created_by text;
ALTER TABLE api_key DROP CONSTRAINT api_key_role_check;
ALTER TABLE api_key ADD CONSTRAINT api_key_role_check CHECK (role IN ('admin', 'clinician', 'integration', 'auditor', 'operator'));
ALTER TABLE api_key ADD CONSTRAINT api_key_operator_in_platform CHECK (role <> 'operator' OR tenant_id = 'platform');
CREATE INDEX api_key_by_tenant ON api_key (tenant_id, created_at);

INSERT INTO tenant (id, name) VALUES ('platform', 'Platform operators') ON CONFLICT (id) DO NOTHING;

CREATE TABLE ehr_client (
  id                text PRIMARY KEY,
  tenant_id         text NOT NULL REFERENCES tenant(id),
  issuer            text NOT NULL UNIQUE,
  name              text NOT NULL,
  jwks_url          text,
  jwks              jsonb,
  jku_allow         text[] NOT NULL DEFAULT '{}',
  allowed_services  text[] NOT NULL DEFAULT '{}',
  created_at        timestamptz NOT NULL DEFAULT now(),
  revoked_at        timestamptz,
  CHECK (jwks_url IS NOT NULL OR jwks IS NOT NULL)
);
CREATE INDEX ehr_client_by_tenant ON ehr_client (tenant_id);
`;
