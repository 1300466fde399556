import { buildRiskAssessment } from '@meridian/fhir-adapter';
import type { RiskResult } from '../../engines/risk/index.js';
import { qualitativeRiskOf } from './qualitative-risk.js';

/** The code system of Meridian's calculators, in `RiskAssessment.method`. */
export const RISK_CALCULATOR_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/risk-calculator' as const;

const REFERENCE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9.-]{1,64}$/;

function citationText(c: RiskResult['citations'][number]): string {
  return `${c.authors}. ${c.title}. ${c.source}. ${c.year}.${c.doi ? ` doi:${c.doi}` : ''}`;
}

/** The resources (Observations, Conditions, ...) a result read, for `RiskAssessment.basis`. */
export function basisOf(result: RiskResult): string[] {
  const refs = result.inputs.flatMap((input) => {
    const p = input.provenance;
    if (!p || input.status !== 'used') return [];
    if (p.kind === 'record') return [p.source];
    if (p.kind === 'derived') return [...p.sources];
    return [];
  });
  return [...new Set(refs.filter((r) => REFERENCE.test(r)))];
}

/**
 * The FHIR `RiskAssessment` for one calculator result, or `null` when its band
 * is not determined (inputs missing and more than one band still possible) or
 * the score does not apply. A result whose band is fixed despite missing
 * inputs (every completion lands in the same band) is emitted `preliminary`,
 * naming what is missing.
 *
 * @example
 * ```ts
 * toRiskAssessment(news2Result, 'Patient/1', '2026-01-01T00:00:00Z');
 * ```
 */
export function toRiskAssessment(
  result: RiskResult,
  subject: string,
  occurrence: string,
): ReturnType<typeof buildRiskAssessment> | null {
  const primary = result.interpretations[0];
  if (!primary || result.status === 'not-applicable') return null;
  const band =
    primary.band ?? (primary.bandRange.lowest.id === primary.bandRange.highest.id ? primary.bandRange.lowest : null);
  if (!band) return null;
  const probability = result.probability?.value ?? undefined;
  const total =
    result.total !== null
      ? `${result.total} points`
      : result.totalRange
        ? `${result.totalRange.min}–${result.totalRange.max} points`
        : '';
  const notes = [
    `${result.variant ?? result.title}: ${[total, band.label].filter(Boolean).join(', ')}. ${band.description}`,
    ...(result.missing.length
      ? [`Incomplete: missing ${result.missing.join(', ')}; the band holds for every possible value of them.`]
      : []),
    ...result.warnings.map((w) => `Warning (${w.code}): ${w.message}`),
  ];
  const resource = buildRiskAssessment({
    subject,
    occurrence,
    method: { system: RISK_CALCULATOR_SYSTEM, code: result.calculatorId, display: result.title },
    predictions: [
      {
        outcome: result.probability ? `${result.probability.outcome} (${result.probability.horizon})` : primary.title,
        qualitativeRisk: qualitativeRiskOf(band, Math.max(band.order, primary.bandRange.highest.order)),
        ...(probability !== undefined ? { probability } : {}),
        rationale: band.label,
      },
    ],
    basis: basisOf(result),
    notes,
    citations: result.citations.map(citationText),
  });
  if (result.status === 'incomplete') resource.status = 'preliminary';
  return resource;
}
