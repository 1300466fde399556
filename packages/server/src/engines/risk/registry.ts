/**
 * The registry of Meridian's risk calculators, and the entry that runs them on one patient.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { cha2ds2VascCalculator } from './cha2ds2-vasc.js';
import { curb65Calculator } from './curb-65.js';
import { hasBledCalculator } from './has-bled.js';
import { news2Calculator } from './news2/news2.js';
import { pceAscvdCalculator } from './pce/pce-ascvd.js';
import { qsofaCalculator } from './qsofa.js';
import {
  CALCULATOR_IDS,
  type CalculatorId,
  type ClinicianAnswers,
  type RiskCalculator,
  type RiskResult,
} from './types.js';
import { wellsPeCalculator } from './wells-pe.js';

/**
 * Every calculator by id.
 *
 * @example
 * RISK_CALCULATORS['news2'].inputs.map((i) => i.name);
 */
export const RISK_CALCULATORS: Readonly<Record<CalculatorId, RiskCalculator>> = {
  news2: news2Calculator,
  qsofa: qsofaCalculator,
  'cha2ds2-vasc': cha2ds2VascCalculator,
  'has-bled': hasBledCalculator,
  'curb-65': curb65Calculator,
  'pce-ascvd': pceAscvdCalculator,
  'wells-pe': wellsPeCalculator,
};

/** True when `id` names a registered calculator (use to validate ids from requests). */
export function isCalculatorId(id: string): id is CalculatorId {
  return (CALCULATOR_IDS as readonly string[]).includes(id);
}

/** Options of {@link runCalculators}. */
export interface RunCalculatorsOptions {
  /** Which calculators to run, in this order; default all, in registry order. */
  readonly calculators?: readonly CalculatorId[];
  /** Clinician answers keyed by input name; they take precedence over the record. */
  readonly answers?: ClinicianAnswers;
}

/**
 * Run calculators on one patient context. Pure and synchronous.
 *
 * @throws RangeError when an id is not a registered calculator.
 * @example
 * const results = runCalculators(context, { calculators: ['news2', 'qsofa'], answers: { useSpo2Scale2: false } });
 */
export function runCalculators(context: PatientContext, options: RunCalculatorsOptions = {}): RiskResult[] {
  const ids = options.calculators ?? CALCULATOR_IDS;
  return ids.map((id) => {
    if (!isCalculatorId(id)) throw new RangeError(`Unknown risk calculator: ${String(id)}`);
    return RISK_CALCULATORS[id].compute(context, options.answers ?? {});
  });
}
