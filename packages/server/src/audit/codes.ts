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
