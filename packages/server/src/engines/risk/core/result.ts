/**
 * Assembling a {@link RiskResult} from criteria, band schemes and the input reader.
 *
 * @module
 */
import type {
  CriterionResult,
  Interpretation,
  ProbabilityResult,
  RiskBand,
  RiskCalculator,
  RiskResult,
} from '../types.js';
import { summariseCriteria, type PointsScenario } from './criteria.js';
import type { InputReader } from './input-reader.js';

/**
 * A published interpretation scheme. `bandOf` must be monotone: raising any criterion's points never
 * lowers the band's `order` — so the bands of the all-lowest and all-highest scenarios bound every
 * completion of the missing inputs.
 */
export interface BandScheme {
  readonly scheme: string;
  readonly title: string;
  readonly bands: readonly RiskBand[];
  bandOf(points: PointsScenario): RiskBand;
}

/** What a calculator passes to {@link buildResult}. */
export interface ResultParts {
  readonly calculator: Pick<RiskCalculator, 'id' | 'title' | 'inputs' | 'citations'>;
  readonly reader: InputReader;
  readonly criteria: readonly CriterionResult[];
  readonly schemes: readonly BandScheme[];
  /** Interpretations computed by the calculator itself (e.g. from a probability), instead of `schemes`. */
  readonly interpretations?: readonly Interpretation[];
  readonly variant?: string;
  readonly notApplicableReasons?: readonly string[];
  readonly probability?: ProbabilityResult;
  /** Scores without points (PCE) leave `total` null. */
  readonly hasPoints?: boolean;
}

/**
 * Build the result; status follows from not-applicable reasons and missing inputs.
 * (Written without object spreads: this runs on every CDS request and must stay in microseconds.)
 */
export function buildResult(parts: ResultParts): RiskResult {
  const { calculator, reader, criteria } = parts;
  const notApplicableReasons = parts.notApplicableReasons ?? [];
  const inputs = reader.reportsFor(calculator.inputs);
  const missing: string[] = [];
  for (const input of inputs) if (input.status === 'missing') missing.push(input.name);
  const notApplicable = notApplicableReasons.length > 0;
  const summary = notApplicable ? undefined : summariseCriteria(criteria);
  const hasPoints = parts.hasPoints ?? true;
  let interpretations: readonly Interpretation[] = [];
  if (summary) {
    interpretations =
      parts.interpretations ?? parts.schemes.map((scheme) => interpret(scheme, summary.lowest, summary.highest));
  }
  return {
    calculatorId: calculator.id,
    title: calculator.title,
    status: notApplicable ? 'not-applicable' : missing.length > 0 ? 'incomplete' : 'complete',
    variant: parts.variant,
    total: summary && hasPoints && missing.length === 0 ? summary.total : null,
    totalRange: summary && hasPoints ? summary.totalRange : null,
    criteria: [...criteria],
    interpretations: [...interpretations],
    probability: notApplicable ? null : (parts.probability ?? null),
    inputs,
    missing,
    warnings: reader.warnings,
    notApplicableReasons: [...notApplicableReasons],
    citations: [...calculator.citations],
  };
}

/** Band of the extreme scenarios; `band` is set once both extremes agree. */
export function interpret(scheme: BandScheme, lowest: PointsScenario, highest: PointsScenario): Interpretation {
  return interpretBands(scheme, scheme.bandOf(lowest), scheme.bandOf(highest));
}

/** An interpretation from the lowest and highest band still possible. */
export function interpretBands(
  scheme: Pick<BandScheme, 'scheme' | 'title'>,
  lowest: RiskBand,
  highest: RiskBand,
): Interpretation {
  return {
    scheme: scheme.scheme,
    title: scheme.title,
    band: lowest.id === highest.id ? lowest : null,
    bandRange: { lowest, highest },
  };
}
