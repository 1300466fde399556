/**
 * CDS Hooks trust and budget: every EHR JWT id (`jti`) seen, kept until the
 * token expires, so a replay is refused by any server process sharing the
 * database; and each tenant's CDS Hooks time budget.
 */
export const cdsHooksTrust = /* sql */ `
CREATE TABLE cds_jwt_seen (
  issuer      text NOT NULL,
  jti         text NOT NULL,
  expires_at  timestamptz NOT NULL,
  seen_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, jti)
);
CREATE INDEX cds_jwt_seen_by_expiry ON cds_jwt_seen (expires_at);

CREATE TABLE cds_tenant_settings (
  tenant_id   text PRIMARY KEY REFERENCES tenant(id),
  budget_ms   integer NOT NULL CHECK (budget_ms BETWEEN 50 AND 10000),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
`;
