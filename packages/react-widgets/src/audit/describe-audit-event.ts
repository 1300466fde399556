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
  const requestor = event.agent.find((a) => a.requestor) ?? event.agent[0]!;
  const identifier = requestor.who?.identifier;
  const name = requestor.who?.display ?? identifier?.value ?? 'unknown';
  const kind = identifier?.system ? AGENT_KIND_LABELS[identifier.system] : undefined;
  const role = requestor.role
    ?.map((r) => r.text)
    .filter(Boolean)
    .join(', ');
  const details = [kind, role].filter(Boolean).join(', ');
  return {
    id: event.id,
    recorded: event.recorded,
    action: AUDIT_ACTION_LABELS[event.action],
    interaction:
      event.subtype
        ?.map((s) => s.display ?? s.code)
        .filter(Boolean)
        .join(', ') ||
      (event.type.display ?? event.type.code ?? ''),
    who: details ? `${name} (${details})` : name,
    outcome: AUDIT_OUTCOME_LABELS[event.outcome],
    outcomeDetail: event.outcomeDesc,
    entities: (event.entity ?? []).flatMap((e) => (e.what?.reference ? [e.what.reference] : [])),
  };
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
