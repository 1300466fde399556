import { healthSchema, type Health } from '../schemas/health.js';
import { AdminResource } from './resources/admin.js';
import { AlertsResource } from './resources/alerts.js';
import { AuditResource } from './resources/audit.js';
import { CdsHooksResource } from './resources/cds-hooks.js';
import { CasesResource } from './resources/cases.js';
import { EscalationsResource, ModelEndpointsResource } from './resources/escalations.js';
import { GuidelinesResource } from './resources/guidelines.js';
import { JobsResource } from './resources/jobs.js';
import { NotesResource } from './resources/notes.js';
import { SafetyResource } from './resources/safety.js';
import { SummariesResource } from './resources/summaries.js';
import { DocumentsResource } from './resources/documents.js';
import { FhirResource } from './resources/fhir.js';
import { Hl7Resource } from './resources/hl7.js';
import { PhiResource } from './resources/phi.js';
import { RiskResource } from './resources/risk.js';
import { TrainingResource } from './resources/training.js';
import { TerminologyResource } from './resources/terminology.js';
import { Transport, type TransportOptions } from './transport.js';
import { checkResponse } from './validate.js';

/** Options of the {@link Meridian} client. */
export type MeridianOptions = TransportOptions;

/**
 * Typed client of a Meridian server. Runs in Node 20+ and browsers (uses
 * `fetch`). Retries 429/502/503/504 and network errors with exponential
 * backoff and jitter (never other 4xx); every error is a {@link MeridianError}.
 *
 * @example
 * ```ts
 * import { Meridian } from '@meridian/sdk';
 * const client = new Meridian({ baseUrl: 'http://localhost:8080', apiKey: process.env.MERIDIAN_API_KEY });
 * const health = await client.health();
 * const { valid } = await client.audit.verify();
 * ```
 */
export class Meridian {
  /** Administration: tenants, API keys, EHR clients. */
  readonly admin: AdminResource;
  /** The audit trail. */
  readonly audit: AuditResource;
  /** FHIR REST: transaction, read, history, search. */
  readonly fhir: FhirResource;
  /** Validated risk scores. */
  readonly risk: RiskResource;
  /** PHI scrubbing (Safe Harbor identifiers). */
  readonly phi: PhiResource;
  /** Fine-tuning data from the feedback loop, PHI scrubbed. */
  readonly training: TrainingResource;
  /** The HL7 v2 message store. */
  readonly hl7: Hl7Resource;
  /** Alerts raised as data arrives, listed or streamed. */
  readonly alerts: AlertsResource;
  /** The value sets Meridian recognises: read, `$expand`, `$validate-code`. */
  readonly terminology: TerminologyResource;
  /** CDS Hooks 2.0: discovery, service calls, feedback (as an EHR calls them). */
  readonly cdsHooks: CdsHooksResource;
  /** Case analysis (differentials, red flags, escalation; never a dose). */
  readonly cases: CasesResource;
  /** Background jobs. */
  readonly jobs: JobsResource;
  /** Clinical notes: extraction to a FHIR Bundle. */
  readonly notes: NotesResource;
  /** The guideline library. */
  readonly guidelines: GuidelinesResource;
  /** The no-prescribing guardrail for any text. */
  readonly safety: SafetyResource;
  /** Escalation records awaiting human review. */
  readonly escalations: EscalationsResource;
  /** A tenant's model endpoint and cascade (admin). */
  readonly modelEndpoints: ModelEndpointsResource;
  /** Patient summaries: `summaries.get(patient)`. */
  readonly summaries: SummariesResource;
  /** Documents in: `documents.upload()`, `documents.get()`. */
  readonly documents: DocumentsResource;
  private readonly transport: Transport;

  constructor(options: MeridianOptions) {
    this.transport = new Transport(options);
    this.admin = new AdminResource(this.transport);
    this.audit = new AuditResource(this.transport);
    this.fhir = new FhirResource(this.transport);
    this.risk = new RiskResource(this.transport);
    this.phi = new PhiResource(this.transport);
    this.training = new TrainingResource(this.transport);
    this.hl7 = new Hl7Resource(this.transport);
    this.alerts = new AlertsResource(this.transport);
    this.terminology = new TerminologyResource(this.transport);
    this.cdsHooks = new CdsHooksResource(this.transport);
    this.jobs = new JobsResource(this.transport);
    this.cases = new CasesResource(this.transport, this.jobs);
    this.notes = new NotesResource(this.transport, this.jobs);
    this.guidelines = new GuidelinesResource(this.transport);
    this.safety = new SafetyResource(this.transport);
    this.escalations = new EscalationsResource(this.transport);
    this.modelEndpoints = new ModelEndpointsResource(this.transport);
    this.summaries = new SummariesResource(this.transport);
    this.documents = new DocumentsResource(this.transport, this.jobs);
  }

  /**
   * Readiness of the server (`GET /health/ready`): database reachable and
   * migrations current.
   *
   * @example
   * ```ts
   * (await client.health()).status; // 'ok'
   * ```
   */
  async health(): Promise<Health> {
    return checkResponse(healthSchema, await this.transport.request({ method: 'GET', path: '/health/ready' }));
  }
}
