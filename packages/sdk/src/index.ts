/**
 * `@meridian/sdk`: the API contract of Meridian (zod schemas and the types
 * inferred from them) and a typed client. No runtime dependency beyond `zod`.
 *
 * @packageDocumentation
 */
export * from './schemas/operation-outcome.js';
export * from './schemas/bundle.js';
export * from './schemas/fhir-primitives.js';
export * from './schemas/audit-event.js';
export * from './schemas/audit.js';
export * from './schemas/health.js';
export * from './schemas/fhir-rest.js';
export * from './schemas/risk.js';
export * from './schemas/phi.js';
export * from './schemas/training.js';
export * from './schemas/admin.js';
export * from './schemas/hl7.js';
export * from './schemas/alerts.js';
export * from './schemas/terminology.js';
export * from './schemas/cds-hooks.js';
export * from './schemas/case-analysis.js';
export * from './schemas/safety.js';
export * from './schemas/extraction.js';
export * from './schemas/jobs.js';
export * from './schemas/guidelines.js';
export * from './schemas/escalations.js';
export * from './schemas/summary.js';
export * from './schemas/documents.js';
export * from './schemas/document-actions.js';
export * from './display/units.js';
export * from './display/risk-words.js';
export * from './display/patient-name.js';
export * from './client/errors.js';
export { Meridian, type MeridianOptions } from './client/meridian.js';
export type { TransportOptions } from './client/transport.js';
export type { AuditPage, AuditResource } from './client/resources/audit.js';
export type { FhirSearchPage, FhirResource } from './client/resources/fhir.js';
export type { RiskResource } from './client/resources/risk.js';
export type { PhiResource } from './client/resources/phi.js';
export type { TrainingResource } from './client/resources/training.js';
export type { Hl7Resource } from './client/resources/hl7.js';
export type { AlertsResource, AlertStreamOptions } from './client/resources/alerts.js';
export type {
  AdminResource,
  TenantsAdmin,
  ApiKeysAdmin,
  EhrClientsAdmin,
  Hl7SendersAdmin,
} from './client/resources/admin.js';
export type { TerminologyResource } from './client/resources/terminology.js';
export type { CdsHooksResource, CdsCallOptions, CdsJwtSource } from './client/resources/cds-hooks.js';
export type { CasesResource } from './client/resources/cases.js';
export type { JobsResource } from './client/resources/jobs.js';
export type { NotesResource } from './client/resources/notes.js';
export type { GuidelinesResource } from './client/resources/guidelines.js';
export type { SafetyResource } from './client/resources/safety.js';
export type { SummariesResource } from './client/resources/summaries.js';
export type { DocumentsResource, DocumentUploadOptions } from './client/resources/documents.js';
export type { EscalationsResource, ModelEndpointsResource } from './client/resources/escalations.js';
