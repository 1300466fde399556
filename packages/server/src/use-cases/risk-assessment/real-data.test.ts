import { buildPatientContext } from '@meridian/fhir-adapter';
import { riskResultSchema } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { CALCULATOR_IDS, runCalculators } from '../../engines/risk/index.js';
import { PATIENT_BUNDLES, readFixture } from '@meridian/fixtures';
import { toRiskAssessment } from './to-risk-assessment.js';

/**
 * Every fixture patient through PatientContext and every calculator, at two
 * reference times (now, when most values are stale, and just after each
 * bundle's latest observation): nothing throws, every result honours the SDK
 * contract, every emitted RiskAssessment is valid R4.
 */
function latestObservationTime(bundle: any): string {
  const times = bundle.entry
    .map((e: any) => e.resource)
    .filter((r: any) => r.resourceType === 'Observation')
    .map((r: any) => Date.parse(r.effectiveDateTime ?? r.issued ?? r.effectivePeriod?.start ?? ''))
    .filter((t: number) => Number.isFinite(t));
  return new Date(Math.max(...times) + 60_000).toISOString();
}

describe('real patient bundles through every calculator', () => {
  const table: string[] = [];
  for (const file of PATIENT_BUNDLES) {
    it(`${file}`, () => {
      const bundle = readFixture<any>(file);
      for (const referenceTime of [new Date().toISOString(), latestObservationTime(bundle)]) {
        const context = buildPatientContext(bundle, { referenceTime });
        const results = runCalculators(context);
        expect(results.map((r) => r.calculatorId)).toEqual([...CALCULATOR_IDS]);
        const cells: string[] = [];
        for (const result of results) {
          riskResultSchema.parse(result);
          const resource = toRiskAssessment(result, context.patient.reference, referenceTime);
          if (resource) {
            const validation = validateR4(resource);
            expect(validation.schemaErrors, result.calculatorId).toEqual([]);
            expect(validation.fhirJsErrors, result.calculatorId).toEqual([]);
          }
          const score =
            result.status === 'not-applicable'
              ? 'n/a'
              : result.total !== null
                ? String(result.total)
                : result.probability?.value != null
                  ? `${(result.probability.value * 100).toFixed(1)}%`
                  : result.totalRange
                    ? `${result.totalRange.min}–${result.totalRange.max}?`
                    : '?';
          cells.push(`${score}${result.status === 'incomplete' ? ` (${result.missing.length} missing)` : ''}`);
        }
        table.push(`| ${file.split('/')[1]!.slice(0, 28)} | ${referenceTime.slice(0, 10)} | ${cells.join(' | ')} |`);
      }
    });
  }
  it('prints the score distribution', () => {
    console.log(
      [
        '| bundle | assessed at | ' + CALCULATOR_IDS.join(' | ') + ' |',
        `|${'---|'.repeat(CALCULATOR_IDS.length + 2)}`,
        ...table,
      ].join('\n'),
    );
    expect(table).toHaveLength(PATIENT_BUNDLES.length * 2);
  });
});
