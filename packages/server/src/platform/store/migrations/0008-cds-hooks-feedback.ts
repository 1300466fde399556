/**
 * CDS Hooks cards and feedback: each card Meridian returned (its type, so
 * feedback can be counted per card type), and each feedback entry an EHR
 * reported, kept for the fine-tuning loop.
 */
export const cdsHooksFeedback = /* sql */ `
CREATE TABLE cds_card_issued (
  tenant_id      text NOT NULL REFERENCES tenant(id),
  card_uuid      uuid NOT NULL,
  service_id     text NOT NULL,
  hook_instance  text NOT NULL,
  card_type      text NOT NULL,
  indicator      text NOT NULL CHECK (indicator IN ('info', 'warning', 'critical')),
  patient_ref    text,
  issued_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, card_uuid)
);

CREATE TABLE cds_feedback (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id            text NOT NULL REFERENCES tenant(id),
  service_id           text NOT NULL,
  card_uuid            text NOT NULL,
  card_type            text NOT NULL,
  outcome              text NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
  accepted_suggestions text[] NOT NULL DEFAULT '{}',
  override_system      text,
  override_code        text,
  user_comment         text,
  outcome_at           timestamptz NOT NULL,
  received_at          timestamptz NOT NULL DEFAULT now(),
  ehr_client_id        text NOT NULL
);
CREATE INDEX cds_feedback_by_type ON cds_feedback (tenant_id, card_type, outcome);
`;
