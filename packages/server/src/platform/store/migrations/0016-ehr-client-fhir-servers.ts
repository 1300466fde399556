/**
 * The FHIR servers Meridian may fetch missing prefetch from for each EHR
 * client. Empty (the default, also for clients registered before) means none:
 * such a client's calls must carry their prefetch, or get a 412.
 */
export const ehrClientFhirServers = /* sql */ `
ALTER TABLE ehr_client ADD COLUMN fhir_servers text[] NOT NULL DEFAULT '{}';
`;
