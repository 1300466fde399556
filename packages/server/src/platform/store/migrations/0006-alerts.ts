/**
 * Alerts raised when a patient's risk crosses a threshold as data arrives:
 * each alert (with the DetectedIssue it wrote), and the last alert level of
 * each patient and calculator, so only a rise alerts.
 */
export const alerts = /* sql */ `
CREATE TABLE risk_alert_state (
  tenant_id    text NOT NULL REFERENCES tenant(id),
  patient_ref  text NOT NULL,
  calculator   text NOT NULL,
  level        integer NOT NULL,
  band         text,
  updated_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, patient_ref, calculator)
);

CREATE TABLE alert (
  seq                  bigserial PRIMARY KEY,
  id                   text NOT NULL UNIQUE,
  tenant_id            text NOT NULL REFERENCES tenant(id),
  patient_ref          text NOT NULL,
  calculator           text NOT NULL,
  rule                 text NOT NULL,
  severity             text NOT NULL CHECK (severity IN ('high', 'moderate', 'low')),
  band                 text NOT NULL,
  total                integer,
  previous_band        text,
  detected_issue_ref   text NOT NULL,
  risk_assessment_ref  text,
  triggered_by         text,
  created_at           timestamptz NOT NULL
);
CREATE INDEX alert_by_tenant ON alert (tenant_id, seq);
CREATE INDEX alert_by_patient ON alert (tenant_id, patient_ref, seq);
`;
