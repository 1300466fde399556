import { formatMeasured, formatQuantity, riskInputLabel, riskValueText, type RiskResult } from '@meridian/sdk';
import type { RedFlag } from '../red-flags/find-red-flags.js';
import { dayOf, type DatedSentence } from './summary-sentence.js';

/** The record resources a calculator's result used (the patient for demographics-only scores). */
function riskSources(result: RiskResult, patient: string): string[] {
  const sources = new Set<string>();
  for (const input of result.inputs) {
    const p = input.provenance;
    if (p?.kind === 'record') sources.add(p.source);
    if (p?.kind === 'derived') for (const s of p.sources) sources.add(s);
  }
  return sources.size ? [...sources].filter((s) => /^[A-Za-z]+\/[^/]+$/.test(s)) : [patient];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function missingText(result: RiskResult): string {
  const named = result.missing.slice(0, 4).map((name) => riskInputLabel(name, { midSentence: true }));
  const more = result.missing.length > 4 ? ', …' : '';
  return `${plural(result.missing.length, 'input', 'inputs')} not in the record (${named.join(', ')}${more})`;
}

/**
 * One sentence per applicable validated calculator (its total and band, or
 * what is missing, by the inputs' labels, and the range still possible),
 * citing the record inputs it used; numbers come from the calculators,
 * never from a model.
 *
 * @example
 * ```ts
 * riskSentences(runCalculators(context), 'Patient/p1')[0].text; // 'NEWS2: 3 (low).'
 * ```
 */
export function riskSentences(results: readonly RiskResult[], patient: string): DatedSentence[] {
  return results
    .filter((r) => r.status !== 'not-applicable')
    .map((r) => {
      const band = r.interpretations[0]?.band?.label;
      const text =
        r.status === 'complete' && r.total !== null
          ? `${r.title}: ${r.total}${band ? ` (${band})` : ''}.`
          : `${r.title}: incomplete, ${missingText(r)}${r.totalRange ? `; possible range ${r.totalRange.min}–${r.totalRange.max}` : ''}.`;
      const sources = riskSources(r, patient);
      return { section: 'risk-scores', text, sources: sources.length ? sources : [patient], engine: 'rules' };
    });
}

/**
 * One sentence per open red flag (a current value at a red threshold),
 * citing the Observation that raised it. A value the vital-signs or
 * laboratory section already states (its Observation is in `stated`) is not
 * stated again: the sentence names the threshold it crossed.
 *
 * @example
 * ```ts
 * redFlagSentences(findRedFlags(context))[0].text; // 'Red flag (critical): respiratory rate 30 /min on 2024-05-01, at or above 25 /min.'
 * redFlagSentences(findRedFlags(context), new Set(['Observation/rr']))[0].text; // 'Red flag (critical): respiratory rate at or above 25 /min (the latest value).'
 * ```
 */
export function redFlagSentences(flags: readonly RedFlag[], stated: ReadonlySet<string> = new Set()): DatedSentence[] {
  return flags.map((f) => {
    const relation = f.comparator === '<' ? 'below' : `at or ${f.direction === 'low' ? 'below' : 'above'}`;
    const threshold = f.threshold === undefined ? '' : `${relation} ${formatQuantity(f.threshold, f.unit)}`;
    // Consciousness flags carry the ACVPU level, the others a measured value.
    const value =
      f.direction === 'abnormal' ? riskValueText('levelOfConsciousness', f.value) : formatMeasured(f.value, f.unit);
    const text =
      stated.has(f.source) && threshold
        ? `Red flag (${f.indicator}): ${f.label} ${threshold} (the latest value).`
        : `Red flag (${f.indicator}): ${f.label} ${value} on ${dayOf(f.effective)}${threshold ? `, ${threshold}` : ''}.`;
    return { section: 'red-flags', text, sources: [f.source], engine: 'rules', date: f.effective };
  });
}
