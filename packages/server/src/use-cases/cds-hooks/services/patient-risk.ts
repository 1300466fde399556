/**
 * `meridian-patient-risk` (patient-view): validated risk scores that cross
 * their thresholds, red flags, and a precomputed case analysis when a fresh
 * one exists.
 *
 * @module
 */
import { caseAnalysisDedupeKey } from '../../case-analysis/dedupe-key.js';
import { findRedFlags } from '../../../engines/red-flags/find-red-flags.js';
import type { RiskResult } from '../../../engines/risk/types.js';
import { scoreRisk } from '../../risk-assessment/score-risk.js';
import { caseAnalysisCard } from '../cards/case-analysis-card.js';
import { redFlagCards } from '../cards/red-flag-cards.js';
import { PATIENT_VIEW_CALCULATORS, riskCards } from '../cards/risk-cards.js';
import { ANALYSIS_FRESHNESS_MS } from '../precomputed-analyses.js';
import type { CdsServiceDefinition } from '../service-definition.js';
import {
  ALLERGIES_TEMPLATE,
  ACTIVE_MEDICATIONS_TEMPLATE,
  CONDITIONS_TEMPLATE,
  LABORATORY_TEMPLATE,
  PATIENT_TEMPLATE,
  VITAL_SIGNS_TEMPLATE,
} from './prefetch-templates.js';

/**
 * The patient-view service.
 *
 * @example
 * ```ts
 * discoveryDocument([patientRiskService]).services[0].hook; // 'patient-view'
 * ```
 */
export const patientRiskService: CdsServiceDefinition = {
  id: 'meridian-patient-risk',
  hook: 'patient-view',
  title: 'Meridian patient risk',
  description:
    'Validated risk scores that cross their thresholds (NEWS2 5 and 7, qSOFA 2, CURB-65 3), red flags in the latest vital signs and results, and a precomputed case analysis when a fresh one exists.',
  prefetch: {
    patient: PATIENT_TEMPLATE,
    vitals: VITAL_SIGNS_TEMPLATE,
    labs: LABORATORY_TEMPLATE,
    conditions: CONDITIONS_TEMPLATE,
    medications: ACTIVE_MEDICATIONS_TEMPLATE,
    allergies: ALLERGIES_TEMPLATE,
  },
  handler: ({ context, tenantId, referenceTime, riskCache, analyses, publicBase, analysisFreshnessMs }) => [
    {
      name: 'risk-scores',
      run: () => {
        const scored = scoreRisk(
          context,
          { tenantId, referenceTime, calculators: PATIENT_VIEW_CALCULATORS },
          riskCache,
        );
        return riskCards(scored.cached ? (scored.response.results as unknown as RiskResult[]) : scored.results);
      },
    },
    { name: 'red-flags', run: () => redFlagCards(findRedFlags(context), 'Red flags') },
    {
      name: 'case-analysis',
      run: async () => {
        const freshAfter = new Date(
          Date.parse(referenceTime) - (analysisFreshnessMs ?? analyses.freshnessMs ?? ANALYSIS_FRESHNESS_MS),
        );
        const inputKey = caseAnalysisDedupeKey(context);
        const analysis = await analyses.latest(tenantId, context.patient.reference, freshAfter, {
          inputKey,
          publicBase,
        });
        return analysis ? [caseAnalysisCard(analysis)] : [];
      },
    },
  ],
};
