import type { AuditEvent, AuditVerifyResult } from '@meridian/sdk';

/** AuditEvent.action in words. */
export const AUDIT_ACTION_LABELS = { C: 'Create', R: 'Read', U: 'Update', D: 'Delete', E: 'Execute' } as const;

/** AuditEvent.outcome in words (FHIR R4 audit-event-outcome). */
export const AUDIT_OUTCOME_LABELS = { '0': 'Success', '4': 'Refused', '8': 'Failed', '12': 'Failed (major)' } as const;

/** Principal kinds, told apart by the system of `agent.who.identifier`. */
export const AGENT_KIND_LABELS: Readonly<Record<string, string>> = {
  'https://meridian.dev/fhir/sid/api-key': 'API key',
  'https://meridian.dev/fhir/sid/ehr-client': 'EHR',
  'https://meridian.dev/fhir/sid/hl7-sender': 'HL7 sender',
  'https://meridian.dev/fhir/sid/system-component': 'Meridian',
};

/** The code system of Meridian's operation names in AuditEvent.subtype. */
const OPERATION_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/operation';

/**
 * Meridian's operations in words, for events recorded before their subtype
 * carried a display (the display, when present, wins).
 */
export const AUDIT_OPERATION_LABELS: Readonly<Record<string, string>> = {
  'cds-hook': 'CDS Hooks call',
  'cds-hook-preview': 'CDS Hooks preview (portal)',
  'cds-feedback': 'CDS Hooks feedback',
  'cds-feedback-summary': 'CDS Hooks feedback summary',
  'case-analyze': 'case analysis',
  'case-analyze-request': 'case analysis request',
  'risk-assess': 'risk assessment',
  'risk-rescore': 'risk re-scored',
  'patient-summary': 'patient summary',
  'note-extract': 'note extraction',
  'note-extract-request': 'note extraction request',
  'phi-scrub': 'PHI scrubbing',
  'escalation-acknowledge': 'escalation acknowledged',
  'document-upload': 'document upload',
  'guideline-chunk-read': 'guideline passage read',
  'hl7-reprocess': 'HL7 message reprocessed',
  'job-read': 'job read',
  'audit-verify': 'audit chain verified',
  'training-export': 'training export',
  alerts: 'alerts',
};

/** FHIR restful interactions in words (`search-type` → `search`). */
export const AUDIT_INTERACTION_LABELS: Readonly<Record<string, string>> = {
  'search-type': 'search',
  'search-system': 'search',
  'history-instance': 'history',
  vread: 'read (version)',
};

/** One AuditEvent as a row of the trail. */
export interface AuditRow {
  id: string;
  recorded: string;
  action: string;
  /** The FHIR interaction or operation (`search-type`, `transaction`, …). */
  interaction: string;
  /** Who acted: name, kind and role. */
  who: string;
  outcome: string;
  /** The stable error code when the request was refused. */
  outcomeDetail: string | undefined;
  /** References of the resources touched, patients first. */
  entities: string[];
}

/**
 * Flattens an AuditEvent into the words of one row.
 *
 * @example
 * ```ts
 * describeAuditEvent(event); // { action: 'Read', interaction: 'search-type', who: 'Demo admin (API key, admin)', ... }
 * ```
 */
export function describeAuditEvent(event: AuditEvent): AuditRow {
  return {
    id: event.id,
    recorded: event.recorded,
    action: AUDIT_ACTION_LABELS[event.action],
    interaction: interactionText(event),
    who: whoText(event),
    outcome: AUDIT_OUTCOME_LABELS[event.outcome],
    outcomeDetail: event.outcomeDesc,
    entities: (event.entity ?? []).flatMap((e) => (e.what?.reference ? [e.what.reference] : [])),
  };
}

type Agent = AuditEvent['agent'][number];

/** An agent as `name (kind, role)`; `undefined` when it names no one. */
function agentText(agent: Agent): string | undefined {
  const identifier = agent.who?.identifier;
  const name = agent.who?.display ?? identifier?.value ?? agent.who?.reference;
  if (!name) return undefined;
  const kind = identifier?.system ? AGENT_KIND_LABELS[identifier.system] : undefined;
  const role = agent.role
    ?.map((r) => r.text)
    .filter(Boolean)
    .join(', ');
  const details = [kind, role].filter(Boolean).join(', ');
  return details ? `${name} (${details})` : name;
}

/**
 * Who acted: the requesting agent, and the system it acted through when that
 * is another agent (`Practitioner/7 via Epic (EHR, ehr)`); an agent that
 * names no one is described by its type.
 */
function whoText(event: AuditEvent): string {
  const requestor = event.agent.find((a) => a.requestor) ?? event.agent[0]!;
  const through = event.agent.find((a) => a !== requestor && agentText(a));
  const own = agentText(requestor);
  if (own && through && !requestor.who?.identifier) return `${own} via ${agentText(through)!}`;
  if (own) return own;
  if (through) return agentText(through)!;
  return requestor.type?.coding?.[0]?.display ?? 'agent not recorded';
}

/** What was done: Meridian's operation in words, else the FHIR interaction. */
function interactionText(event: AuditEvent): string {
  const operation = event.subtype?.find((s) => s.system === OPERATION_SYSTEM && s.code);
  if (operation) return operation.display ?? AUDIT_OPERATION_LABELS[operation.code!] ?? operation.code!;
  const interaction = event.subtype?.find((s) => s.code && s.code !== 'operation');
  if (interaction) return interaction.display ?? AUDIT_INTERACTION_LABELS[interaction.code!] ?? interaction.code!;
  return event.type.display ?? event.type.code ?? '';
}

const BREAK_REASONS = {
  'sequence-gap': 'an event is missing (deleted)',
  'event-hash-mismatch': 'an event was altered',
  'previous-hash-mismatch': 'a link does not point at its predecessor',
  'chain-hash-mismatch': 'a link hash was altered',
} as const;

/**
 * The verification result in one sentence.
 *
 * @example
 * ```ts
 * describeVerification({ valid: true, eventsChecked: 42, headSeq: 42, headHash: '…', firstBrokenLink: null });
 * // 'Intact: all 42 events of the chain verified.'
 * ```
 */
export function describeVerification(result: AuditVerifyResult): string {
  if (result.valid)
    return `Intact: all ${result.eventsChecked} event${result.eventsChecked === 1 ? '' : 's'} of the chain verified.`;
  const link = result.firstBrokenLink;
  if (!link) return 'Broken: the chain does not verify.';
  return `Broken at event #${link.seq}: ${BREAK_REASONS[link.reason]} (${link.reason}).`;
}
