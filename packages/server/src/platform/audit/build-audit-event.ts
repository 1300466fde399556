import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEvent } from '@meridian/sdk';
import type { Actor } from '../tenancy/actor.js';
import { buildAuditAgents } from './audit-agent.js';
import {
  AUDIT_TYPE_REST,
  ENTITY_ROLE_DOMAIN_RESOURCE,
  ENTITY_ROLE_JOB,
  ENTITY_ROLE_PATIENT,
  ENTITY_ROLE_REPORT,
  ENTITY_ROLE_SECURITY_RESOURCE,
  ENTITY_TYPE_PERSON,
  ENTITY_TYPE_SYSTEM_OBJECT,
  REQUEST_ID_EXTENSION_URL,
  RESTFUL_INTERACTION_SYSTEM,
  SOURCE_TYPE_APPLICATION_SERVER,
  type Interaction,
} from './codes.js';

/** AuditEvent.outcome: 0 success, 4 minor failure, 8 serious failure, 12 major failure. */
export type AuditOutcome = '0' | '4' | '8' | '12';

/** What happened, in terms that carry references but no PHI values. */
export interface AuditRecord {
  action: AuditAction;
  interaction: Interaction;
  outcome?: AuditOutcome;
  /** A short, PHI-free description of a failure (`validation-failed`). */
  outcomeDesc?: string;
  /** Patients whose data was touched, as `Patient/{id}`. */
  patients?: readonly string[];
  /** Other resources touched, as `{type}/{id}`. */
  resources?: readonly string[];
  /** The operation name for `interaction: 'operation'` (e.g. `risk-assess`). */
  operation?: string;
  /** The operation in words (`CDS Hooks preview (portal)`), as the subtype coding's display. */
  operationDisplay?: string;
  /** Things touched that are not FHIR resources (an API key, an EHR client, a tenant), by identifier. */
  objects?: readonly { system: string; value: string; display?: string }[];
  /** The tenant whose chain records the event, when not the actor's (an operator administering a tenant). */
  tenantId?: string;
  /** Reports the act produced or acted on (CDS cards), by identifier, each named by its type, with PHI-free details. */
  reports?: readonly AuditEntityDescriptor[];
  /** The act itself (a CDS hook call: service, hook instance, budget, what was cut), as one entity with PHI-free details. */
  act?: AuditEntityDescriptor;
}

/** A non-resource entity of an AuditEvent: an identifier, a name, and PHI-free key/value details. */
export interface AuditEntityDescriptor {
  system: string;
  value: string;
  name: string;
  detail?: Readonly<Record<string, string>>;
}

const describedEntity = (e: AuditEntityDescriptor, role: { system: string; code: string; display: string }) => ({
  what: { identifier: { system: e.system, value: e.value } },
  type: { ...ENTITY_TYPE_SYSTEM_OBJECT },
  role: { ...role },
  name: e.name,
  ...(e.detail && Object.keys(e.detail).length
    ? { detail: Object.entries(e.detail).map(([type, valueString]) => ({ type, valueString })) }
    : {}),
});

/** The code system of Meridian's operation names in AuditEvent.subtype. */
export const OPERATION_CODE_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/operation';

/** The observer named in every AuditEvent.source. */
export const AUDIT_SOURCE_OBSERVER = 'Meridian CDS server';

/**
 * Builds the FHIR R4 AuditEvent for one access by `actor`.
 *
 * @example
 * ```ts
 * buildAuditEvent(actor, { action: 'R', interaction: 'read', patients: ['Patient/1'] }, new Date());
 * ```
 */
export function buildAuditEvent(actor: Actor, record: AuditRecord, recorded: Date): AuditEvent {
  const patients = [...new Set(record.patients ?? [])];
  const resources = [...new Set(record.resources ?? [])].filter((r) => !patients.includes(r));
  const subtype = [{ system: RESTFUL_INTERACTION_SYSTEM, code: record.interaction }];
  return {
    resourceType: 'AuditEvent',
    id: randomUUID(),
    extension: [{ url: REQUEST_ID_EXTENSION_URL, valueString: actor.requestId }],
    type: { ...AUDIT_TYPE_REST },
    subtype: record.operation
      ? [
          ...subtype,
          {
            system: OPERATION_CODE_SYSTEM,
            code: record.operation,
            ...(record.operationDisplay ? { display: record.operationDisplay } : {}),
          },
        ]
      : subtype,
    action: record.action,
    recorded: recorded.toISOString(),
    outcome: record.outcome ?? '0',
    ...(record.outcomeDesc ? { outcomeDesc: record.outcomeDesc } : {}),
    agent: buildAuditAgents(actor),
    source: {
      site: record.tenantId ?? actor.tenantId,
      observer: { display: AUDIT_SOURCE_OBSERVER },
      type: [{ ...SOURCE_TYPE_APPLICATION_SERVER }],
    },
    entity: [
      ...patients.map((reference) => ({
        what: { reference },
        type: { ...ENTITY_TYPE_PERSON },
        role: { ...ENTITY_ROLE_PATIENT },
      })),
      ...resources.map((reference) => ({
        what: { reference },
        type: { ...ENTITY_TYPE_SYSTEM_OBJECT },
        role: { ...ENTITY_ROLE_DOMAIN_RESOURCE },
      })),
      ...(record.objects ?? []).map(({ system, value, display }) => ({
        what: { identifier: { system, value }, ...(display ? { display } : {}) },
        type: { ...ENTITY_TYPE_SYSTEM_OBJECT },
        role: { ...ENTITY_ROLE_SECURITY_RESOURCE },
      })),
      ...(record.reports ?? []).map((e) => describedEntity(e, ENTITY_ROLE_REPORT)),
      ...(record.act ? [describedEntity(record.act, ENTITY_ROLE_JOB)] : []),
    ],
  };
}
