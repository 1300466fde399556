import type { AnalysisRiskScore } from '@meridian/sdk';
import type { RiskResult } from '../../engines/risk/index.js';

/**
 * The risk scores of a case analysis, straight from the validated
 * calculators' results (never from a model).
 *
 * @example
 * ```ts
 * summariseRisk(runCalculators(context)).find((s) => s.calculatorId === 'news2')?.total;
 * ```
 */
export function summariseRisk(results: readonly RiskResult[]): AnalysisRiskScore[] {
  return results.map((r) => {
    const band = r.interpretations[0]?.band ?? null;
    return {
      calculatorId: r.calculatorId,
      title: r.title,
      status: r.status,
      total: r.total,
      totalRange: r.totalRange,
      band: band ? { id: band.id, label: band.label } : null,
      missing: [...r.missing],
    };
  });
}
