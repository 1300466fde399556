/**
 * Keeps the latest valid value per measure and per finding, then flags the
 * ones older than their staleness window.
 *
 * @module
 */
import { FINDINGS } from './findings.js';
import type { IssueLog } from './issues.js';
import { MEASURES } from './measures.js';
import type { ResolvedOptions } from './options.js';
import type { CodedFinding, FindingKey, Measurement, MeasureKey, PatientContext } from './types.js';

export type MeasurementCandidate = Omit<Measurement, 'stale'>;
export type FindingCandidate = Omit<CodedFinding, 'stale'>;

interface Dated<T> {
  epochMs: number;
  value: T;
}

/** Latest-wins selection; on equal times the first value offered is kept, so the result is deterministic. */
export class LatestValues {
  private readonly measurements = new Map<MeasureKey, Dated<MeasurementCandidate>>();
  private readonly findings = new Map<FindingKey, Dated<FindingCandidate>>();
  private readonly history = new Map<MeasureKey, Dated<MeasurementCandidate>[]>();

  /** @param keepHistory every value is kept too (for `allMeasurements`), not only the latest. */
  constructor(private readonly keepHistory = true) {}

  offerMeasurement(epochMs: number, value: MeasurementCandidate): void {
    const current = this.measurements.get(value.concept);
    if (current === undefined || epochMs > current.epochMs) this.measurements.set(value.concept, { epochMs, value });
    if (!this.keepHistory) return;
    const all = this.history.get(value.concept);
    if (all) all.push({ epochMs, value });
    else this.history.set(value.concept, [{ epochMs, value }]);
  }

  offerFinding(epochMs: number, value: FindingCandidate): void {
    const current = this.findings.get(value.concept);
    if (current === undefined || epochMs > current.epochMs) this.findings.set(value.concept, { epochMs, value });
  }

  /** Every value per measure, oldest first (stable on equal times), each marked stale or not. */
  allMeasurements(options: ResolvedOptions): NonNullable<PatientContext['history']> {
    const history: NonNullable<PatientContext['history']> = {};
    for (const [key, values] of this.history) {
      const sorted = [...values].sort((a, b) => a.epochMs - b.epochMs);
      history[key] = sorted.map(({ epochMs, value }) => ({ ...value, stale: this.isStale(key, epochMs, options) }));
    }
    return history;
  }

  finish(options: ResolvedOptions, log: IssueLog): Pick<PatientContext, 'measurements' | 'findings'> {
    const measurements: PatientContext['measurements'] = {};
    for (const [key, { epochMs, value }] of this.measurements) {
      const stale = this.isStale(key, epochMs, options);
      if (stale)
        log.add('warning', 'stale', value.source, `Latest ${MEASURES[key].label} is older than its staleness window.`);
      // Built field by field (as `{ ...value, stale }` orders them): a spread copy is the slow path here.
      measurements[key] = {
        concept: value.concept,
        value: value.value,
        unit: value.unit,
        effective: value.effective,
        source: value.source,
        matchedCode: value.matchedCode,
        original: value.original,
        stale,
      };
    }
    const findings: PatientContext['findings'] = {};
    for (const [key, { epochMs, value }] of this.findings) {
      const stale = this.isStale(key, epochMs, options);
      if (stale)
        log.add('warning', 'stale', value.source, `Latest ${FINDINGS[key].label} is older than its staleness window.`);
      findings[key] = { ...value, stale };
    }
    return { measurements, findings };
  }

  private isStale(key: MeasureKey | FindingKey, epochMs: number, options: ResolvedOptions): boolean {
    return options.referenceMs - epochMs > options.staleAfterMs(key);
  }
}
