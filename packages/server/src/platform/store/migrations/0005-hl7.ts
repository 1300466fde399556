/**
 * HL7 v2 over MLLP: which sender (sending application and facility) belongs
 * to which tenant, and the message store (the message as received, decoded
 * by its MSH-18 character set with the BOM stripped; its status; the
 * acknowledgements sent, for duplicates to be answered the same way).
 */
export const hl7 = /* sql */ `
CREATE TABLE hl7_sender (
  id                   text PRIMARY KEY,
  tenant_id            text NOT NULL REFERENCES tenant(id),
  sending_application  text NOT NULL,
  sending_facility     text NOT NULL,
  name                 text NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  revoked_at           timestamptz,
  UNIQUE (sending_application, sending_facility)
);
CREATE INDEX hl7_sender_by_tenant ON hl7_sender (tenant_id);

CREATE TABLE hl7_message (
  id                   text PRIMARY KEY,
  tenant_id            text NOT NULL REFERENCES tenant(id),
  sender_id            text NOT NULL REFERENCES hl7_sender(id),
  sending_application  text NOT NULL,
  sending_facility     text NOT NULL,
  control_id           text NOT NULL,
  message_type         text NOT NULL,
  status               text NOT NULL CHECK (status IN ('processed', 'failed', 'rejected')),
  received_at          timestamptz NOT NULL,
  processed_at         timestamptz,
  raw                  text NOT NULL,
  charset              text NOT NULL,
  patient_refs         text[] NOT NULL DEFAULT '{}',
  resource_refs        text[] NOT NULL DEFAULT '{}',
  acks                 jsonb NOT NULL,
  ack_code             text NOT NULL,
  error                jsonb,
  warnings             jsonb NOT NULL DEFAULT '[]',
  deliveries           integer NOT NULL DEFAULT 1,
  reprocessed          integer NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, sending_application, sending_facility, control_id)
);
CREATE INDEX hl7_message_by_status ON hl7_message (tenant_id, status, received_at DESC, id);
CREATE INDEX hl7_message_by_received ON hl7_message (tenant_id, received_at DESC, id);
`;
