/** FHIR codings used in Meridian's AuditEvents. */

export const AUDIT_TYPE_REST = {
  system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
  code: 'rest',
  display: 'RESTful Operation',
} as const;

export const RESTFUL_INTERACTION_SYSTEM = 'http://hl7.org/fhir/restful-interaction' as const;

/** The FHIR restful interactions (and `operation`) Meridian records as AuditEvent.subtype. */
export const INTERACTIONS = [
  'read',
  'vread',
  'history-instance',
  'search-type',
  'create',
  'update',
  'delete',
  'transaction',
  'batch',
  'operation',
] as const;
export type Interaction = (typeof INTERACTIONS)[number];

export const AGENT_TYPE_DATA_COLLECTOR = {
  system: 'http://terminology.hl7.org/CodeSystem/extra-security-role-type',
  code: 'datacollector',
  display: 'data collector',
} as const;

export const SOURCE_TYPE_APPLICATION_SERVER = {
  system: 'http://terminology.hl7.org/CodeSystem/security-source-type',
  code: '4',
  display: 'Application Server',
} as const;

export const ENTITY_TYPE_PERSON = {
  system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  code: '1',
  display: 'Person',
} as const;

export const ENTITY_TYPE_SYSTEM_OBJECT = {
  system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  code: '2',
  display: 'System Object',
} as const;

export const ENTITY_ROLE_PATIENT = {
  system: 'http://terminology.hl7.org/CodeSystem/object-role',
  code: '1',
  display: 'Patient',
} as const;

export const ENTITY_ROLE_DOMAIN_RESOURCE = {
  system: 'http://terminology.hl7.org/CodeSystem/object-role',
  code: '4',
  display: 'Domain Resource',
} as const;

/** Identifier system of API keys, in AuditEvent.agent.who. */
export const API_KEY_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/api-key' as const;
/** Extension carrying the request id on an AuditEvent. */
export const REQUEST_ID_EXTENSION_URL = 'https://meridian.dev/fhir/StructureDefinition/request-id' as const;

/** Identifier system of registered EHR clients (CDS Hooks callers), in AuditEvent.agent.who. */
export const EHR_CLIENT_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/ehr-client' as const;
/** Identifier system of registered HL7 v2 senders (MLLP), in AuditEvent.agent.who. */
export const MLLP_SENDER_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/hl7-sender' as const;
/** Identifier system of Meridian's own components (jobs, seed, CLI), in AuditEvent.agent.who. */
export const SYSTEM_COMPONENT_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/system-component' as const;
/** Extension on an agent whose identity was not verified (the embedded demo's unsigned CDS Hooks calls). */
export const UNVERIFIED_CALLER_EXTENSION_URL =
  'https://meridian.dev/fhir/StructureDefinition/unverified-caller' as const;

/** DICOM participant role: an application (an EHR, an interface engine, Meridian itself). */
export const AGENT_TYPE_APPLICATION = {
  system: 'http://dicom.nema.org/resources/ontology/DCM',
  code: '110150',
  display: 'Application',
} as const;

/** The user an application acted for (CDS Hooks `userId`). */
export const AGENT_TYPE_HUMAN_USER = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  code: 'IRCP',
  display: 'information recipient',
} as const;

/** AuditEvent.agent.network.type: 1 machine name, 2 IP address. */
export const NETWORK_TYPE_IP = '2' as const;

/** Object role of an API key, EHR client or tenant touched by an administrative act. */
export const ENTITY_ROLE_SECURITY_RESOURCE = {
  system: 'http://terminology.hl7.org/CodeSystem/object-role',
  code: '13',
  display: 'Security Resource',
} as const;

/** Identifier system of tenants, in AuditEvent.entity.what of administrative acts. */
export const TENANT_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/tenant' as const;

/** AuditEvent.entity.role: a report (a CDS card). */
export const ENTITY_ROLE_REPORT = {
  system: 'http://terminology.hl7.org/CodeSystem/object-role',
  code: '3',
  display: 'Report',
} as const;

/** AuditEvent.entity.role: a job (one CDS hook invocation). */
export const ENTITY_ROLE_JOB = {
  system: 'http://terminology.hl7.org/CodeSystem/object-role',
  code: '20',
  display: 'Job',
} as const;
