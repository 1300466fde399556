/** Search support for stored FHIR resources: a clinically relevant time, and JSONB containment for tokens. */
export const fhirSearch = /* sql */ `
ALTER TABLE fhir_resource ADD COLUMN effective_at timestamptz;
CREATE INDEX fhir_resource_by_effective ON fhir_resource (tenant_id, resource_type, effective_at) WHERE is_current;
CREATE INDEX fhir_resource_tokens ON fhir_resource USING gin (resource jsonb_path_ops) WHERE is_current;
`;
