import { RISK_INPUT_LABELS, riskInputLabel, type RiskResult, type RiskWarning } from '@meridian/sdk';

/**
 * How far a score can be trusted, for display: `complete` (every input
 * known), `preliminary` (inputs missing, but every completion lands in the
 * same band, so the band stands), `undetermined` (missing inputs could move it
 * to another band), or `not-applicable`.
 */
export type ScoreStatus = 'complete' | 'preliminary' | 'undetermined' | 'not-applicable';

/** Words for each {@link ScoreStatus}. */
export const SCORE_STATUS_LABELS = {
  complete: 'Complete',
  preliminary: 'Preliminary',
  undetermined: 'Band not determined',
  'not-applicable': 'Not applicable',
} as const satisfies Record<ScoreStatus, string>;

/**
 * The display status of a calculator result.
 *
 * @example
 * ```ts
 * scoreStatus(news2Result); // 'preliminary' when consciousness is missing but the band is already high
 * ```
 */
export function scoreStatus(result: RiskResult): ScoreStatus {
  if (result.status === 'not-applicable') return 'not-applicable';
  if (result.status === 'complete') return 'complete';
  const determined = result.interpretations.length > 0 && result.interpretations.every((i) => i.band !== null);
  return determined ? 'preliminary' : 'undetermined';
}

/**
 * The total as text: the number when complete, the range still possible when
 * inputs are missing (`9–14`), or an empty string when not applicable.
 *
 * @example
 * ```ts
 * totalText({ ...news2, total: null, totalRange: { min: 9, max: 14 } }); // '9–14'
 * ```
 */
export function totalText(result: RiskResult): string {
  if (result.total !== null) return String(result.total);
  if (result.totalRange)
    return result.totalRange.min === result.totalRange.max
      ? String(result.totalRange.min)
      : `${result.totalRange.min}–${result.totalRange.max}`;
  return '';
}

const MISSING_REASONS = {
  'not-recorded': 'not in the record',
  stale: 'too old to use',
  'unrecognised-code': 'recorded with a code not recognised',
  'unconvertible-unit': 'recorded in a unit that cannot be converted',
} as const;

/** One input a score still needs, in words. */
export interface MissingInput {
  /** The input name the server uses (also the key of a clinician answer). */
  name: string;
  /** The criterion it feeds, as the calculator labels it. */
  label: string;
  /** Why it is missing, in words. */
  reason: string;
}

/**
 * The inputs a result is missing, labelled by the criterion they feed and
 * with the reason each is missing.
 *
 * @example
 * ```ts
 * missingInputs(news2Result); // [{ name: 'consciousness', label: 'Consciousness', reason: 'not in the record' }]
 * ```
 */
export function missingInputs(result: RiskResult): MissingInput[] {
  return result.missing.map((name) => {
    const criterion = result.criteria.find((c) => c.inputs.includes(name));
    const input = result.inputs.find((i) => i.name === name);
    const reason = input?.missingReason ? MISSING_REASONS[input.missingReason] : 'not in the record';
    return { name, label: RISK_INPUT_LABELS[name] ?? criterion?.label ?? riskInputLabel(name), reason };
  });
}

/**
 * A result's warning as a clinician reads it: the input key the server
 * puts first (`systolicBp: …`) replaced by its label.
 *
 * @example
 * ```ts
 * warningText({ code: 'stale-value-used', input: 'systolicBp', message: 'systolicBp: a stale value was used.' });
 * // 'Systolic blood pressure: a stale value was used.'
 * ```
 */
export function warningText(warning: RiskWarning): string {
  const { input, message } = warning;
  return input && message.startsWith(`${input}:`) ? `${riskInputLabel(input)}${message.slice(input.length)}` : message;
}

/** Where the value of one criterion came from. */
export interface Evidence {
  /** The input name. */
  input: string;
  /** The value used, if any. */
  value: string | number | boolean | null;
  unit?: string | undefined;
  /** `Observation/…`, `Condition/…` when the record gave it. */
  reference?: string | undefined;
  /** When the recorded value was taken. */
  effective?: string | undefined;
  /** How it was obtained, in words, when no single resource gave it. */
  note?: string | undefined;
}

/**
 * The evidence behind one criterion: for each of its inputs, the resource
 * (an Observation or Condition) that gave the value and when, or how the
 * value was otherwise obtained.
 *
 * @example
 * ```ts
 * criterionEvidence(news2Result, news2Result.criteria[0]);
 * // [{ input: 'respiratoryRate', value: 24, unit: '/min', reference: 'Observation/ada-rr', effective: '…' }]
 * ```
 */
export function criterionEvidence(result: RiskResult, criterion: RiskResult['criteria'][number]): Evidence[] {
  return criterion.inputs.flatMap((name): Evidence[] => {
    const input = result.inputs.find((i) => i.name === name);
    if (!input || input.status === 'not-used') return [];
    const base = { input: name, value: input.value, unit: input.unit };
    const p = input.provenance;
    if (input.status === 'missing' || !p) return [{ ...base, note: 'missing' }];
    switch (p.kind) {
      case 'record':
        return [{ ...base, reference: p.source, effective: p.effective, note: p.stale ? 'stale' : undefined }];
      case 'record-absence':
        return [{ ...base, note: p.detail }];
      case 'clinician-answer':
        return [{ ...base, note: 'clinician answer' }];
      case 'derived':
        return [{ ...base, note: p.detail, reference: p.sources[0] }];
    }
  });
}
