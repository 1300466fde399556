/**
 * Reads sized to what risk scoring needs (issue 24).
 *
 * - `observation_code`: one row per code of every dated, patient-bound
 *   Observation version (`Observation.code.coding` and
 *   `Observation.component.code.coding`, as `system|code`), filled by a
 *   trigger on `fhir_resource`, so that every writer (one resource, many at
 *   once, a migration's backfill) indexes the same way. It serves "the latest
 *   values of these codes for this patient" from an index, newest first,
 *   however long the patient's record. Rows are never updated: a query joins
 *   `fhir_resource` on the version and keeps the current one.
 * - `fhir_resource_by_patient` gains the clinical time, so "the newest N of a
 *   type for a patient" (prefetch, search sorted by date) reads N index
 *   entries instead of sorting the patient's whole record. It replaces the
 *   index of migration 1 (same leading columns), so writes keep four indexes.
 */
export const scoringReads = /* sql */ `
CREATE TABLE observation_code (
  tenant_id     text NOT NULL,
  patient_ref   text NOT NULL,
  code          text NOT NULL,
  effective_at  timestamptz NOT NULL,
  id            text NOT NULL,
  version_id    integer NOT NULL
);
CREATE INDEX observation_code_latest
  ON observation_code (tenant_id, patient_ref, code, effective_at DESC) INCLUDE (id, version_id);

CREATE FUNCTION observation_code_rows(resource jsonb) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT (c->>'system') || '|' || (c->>'code')
  FROM (
    SELECT jsonb_path_query(resource, 'lax $.code.coding[*]') AS c
    UNION ALL
    SELECT jsonb_path_query(resource, 'lax $.component[*].code.coding[*]')
  ) codings
  WHERE jsonb_typeof(c) = 'object' AND jsonb_typeof(c->'system') = 'string' AND jsonb_typeof(c->'code') = 'string'
$$;

CREATE FUNCTION observation_code_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO observation_code (tenant_id, patient_ref, code, effective_at, id, version_id)
  SELECT NEW.tenant_id, NEW.patient_ref, token, NEW.effective_at, NEW.id, NEW.version_id
  FROM observation_code_rows(NEW.resource) AS token;
  RETURN NULL;
END
$$;
CREATE TRIGGER observation_code_index AFTER INSERT ON fhir_resource FOR EACH ROW
  WHEN (NEW.resource_type = 'Observation' AND NEW.patient_ref IS NOT NULL AND NEW.effective_at IS NOT NULL)
  EXECUTE FUNCTION observation_code_index();

INSERT INTO observation_code (tenant_id, patient_ref, code, effective_at, id, version_id)
SELECT f.tenant_id, f.patient_ref, token, f.effective_at, f.id, f.version_id
FROM fhir_resource f CROSS JOIN LATERAL observation_code_rows(f.resource) AS token
WHERE f.resource_type = 'Observation' AND f.patient_ref IS NOT NULL AND f.effective_at IS NOT NULL AND f.is_current;

-- The first code of a CodeableConcept, lower-cased, as the adapter reads a status (readFirstCode).
CREATE FUNCTION fhir_first_code(concept jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(c->>'code')
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(concept->'coding') = 'array' THEN concept->'coding' ELSE '[]' END) c
  WHERE jsonb_typeof(c->'code') = 'string'
  LIMIT 1
$$;

CREATE INDEX fhir_resource_by_patient_time
  ON fhir_resource (tenant_id, patient_ref, resource_type, effective_at DESC NULLS LAST) WHERE is_current;
DROP INDEX fhir_resource_by_patient;
`;
