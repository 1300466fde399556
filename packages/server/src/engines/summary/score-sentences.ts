import type { RiskResult } from '@meridian/sdk';
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

/**
 * One sentence per applicable validated calculator (its total and band, or
 * what is missing and the range still possible), citing the record inputs it
 * used; numbers come from the calculators, never from a model.
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
          : `${r.title}: incomplete, ${r.missing.length} input(s) not in the record (${r.missing.slice(0, 4).join(', ')}${r.missing.length > 4 ? ', …' : ''})${r.totalRange ? `; possible range ${r.totalRange.min}–${r.totalRange.max}` : ''}.`;
      const sources = riskSources(r, patient);
      return { section: 'risk-scores', text, sources: sources.length ? sources : [patient], engine: 'rules' };
    });
}

/**
 * One sentence per open red flag (a current value at a red threshold),
 * citing the Observation that raised it.
 *
 * @example
 * ```ts
 * redFlagSentences(findRedFlags(context))[0].text; // 'Red flag (critical): respiratory rate 30 /min on 2024-05-01, at or above 25.'
 * ```
 */
export function redFlagSentences(flags: readonly RedFlag[]): DatedSentence[] {
  return flags.map((f) => {
    const relation = f.comparator === '<' ? 'below' : `at or ${f.direction === 'low' ? 'below' : 'above'}`;
    const threshold = f.threshold === undefined ? '' : `, ${relation} ${f.threshold}`;
    const value = `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
    return {
      section: 'red-flags',
      text: `Red flag (${f.indicator}): ${f.label} ${value} on ${dayOf(f.effective)}${threshold}.`,
      sources: [f.source],
      engine: 'rules',
      date: f.effective,
    };
  });
}
