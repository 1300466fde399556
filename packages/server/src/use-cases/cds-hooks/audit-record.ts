/**
 * The AuditEvent of a CDS Hooks call: the EHR (the actor's principal), the
 * user (`context.userId`, as the requesting agent), the patient, every card
 * returned (by UUID, type and indicator), and the call itself (service, hook
 * instance, budget, time taken, steps cut, prefetch fetched, and whether the
 * caller was unverified in the embedded demo mode). No clinical values.
 *
 * @module
 */
import type { AuditRecord } from '../../platform/audit/build-audit-event.js';
import type { TypedCard } from './cards/card-builder.js';

/** Identifier system of CDS hook invocations (`hookInstance`). */
export const CDS_HOOK_INSTANCE_SYSTEM = 'https://meridian.dev/fhir/sid/cds-hook-instance' as const;
/** Identifier system of cards (their UUIDs as URNs). */
export const CARD_IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986' as const;
/** The operation code of a CDS Hooks call in AuditEvent.subtype. */
export const CDS_HOOK_OPERATION = 'cds-hook' as const;
/** The operation code of a portal's preview of a CDS Service (`POST /cds-services/{id}/preview`) in AuditEvent.subtype. */
export const CDS_PREVIEW_OPERATION = 'cds-hook-preview' as const;
/** The operation code of CDS Hooks feedback in AuditEvent.subtype. */
export const CDS_FEEDBACK_OPERATION = 'cds-feedback' as const;

/** What the call's AuditEvent says. */
export interface CdsCallAudit {
  serviceId: string;
  hook: string | undefined;
  hookInstance: string | undefined;
  patient: string | undefined;
  encounter?: string | undefined;
  cards: readonly TypedCard[];
  cut: readonly string[];
  fetched: readonly string[];
  /** Paged prefetch read in part (its further pages could not be fetched). */
  incomplete?: readonly string[] | undefined;
  budgetMs: number;
  elapsedMs: number;
  verified: boolean;
  /** A preview a portal asked for with an API key (not an EHR's call): recorded as `cds-hook-preview`. */
  preview?: boolean | undefined;
}

/**
 * The AuditRecord of one call.
 *
 * @example
 * ```ts
 * await services.audit.record(actor, work, () => cdsCallAuditRecord({ serviceId, hook, hookInstance, patient, cards, cut, fetched, budgetMs, elapsedMs, verified: true }));
 * ```
 */
export function cdsCallAuditRecord(call: CdsCallAudit): AuditRecord {
  const detail: Record<string, string> = {
    service: call.serviceId,
    ...(call.hook ? { hook: call.hook } : {}),
    'budget-ms': String(call.budgetMs),
    'elapsed-ms': String(Math.round(call.elapsedMs)),
    ...(call.cut.length ? { 'cut-by-budget': call.cut.join(', ') } : {}),
    ...(call.fetched.length ? { 'prefetch-fetched': call.fetched.join(', ') } : {}),
    ...(call.incomplete?.length ? { 'prefetch-incomplete': call.incomplete.join(', ') } : {}),
    ...(call.verified ? {} : { 'unverified-caller': 'unsigned call accepted in the embedded demo mode' }),
    ...(call.preview ? { preview: 'run on the stored record for a portal (API key), not called by an EHR' } : {}),
  };
  return {
    action: 'E',
    interaction: 'operation',
    operation: call.preview ? CDS_PREVIEW_OPERATION : CDS_HOOK_OPERATION,
    operationDisplay: call.preview ? 'CDS Hooks preview (portal)' : 'CDS Hooks call',
    patients: call.patient ? [call.patient] : [],
    resources: call.encounter ? [call.encounter] : [],
    reports: call.cards.map((c) => ({
      system: CARD_IDENTIFIER_SYSTEM,
      value: `urn:uuid:${c.card.uuid}`,
      name: c.type,
      detail: { indicator: c.card.indicator },
    })),
    act: {
      system: CDS_HOOK_INSTANCE_SYSTEM,
      value: call.hookInstance ?? 'unknown',
      name: `${call.serviceId}${call.hook ? ` on ${call.hook}` : ''}${call.preview ? ' (preview)' : ''}`,
      detail,
    },
  };
}
