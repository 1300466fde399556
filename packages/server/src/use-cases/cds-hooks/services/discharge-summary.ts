/**
 * `meridian-discharge-summary` (encounter-discharge): a discharge-readiness
 * card listing unresolved red flags, abnormal last vital signs (NEWS2
 * points) and results still pending.
 *
 * @module
 */
import { findRedFlags } from '../../../engines/red-flags/find-red-flags.js';
import type { RiskResult } from '../../../engines/risk/types.js';
import { scoreRisk } from '../../risk-assessment/score-risk.js';
import { dischargeCard } from '../cards/discharge-card.js';
import type { CdsServiceDefinition } from '../service-definition.js';
import { pendingResults } from './pending-results.js';
import {
  ACTIVE_SERVICE_REQUESTS_TEMPLATE,
  CONDITIONS_TEMPLATE,
  LABORATORY_TEMPLATE,
  PATIENT_TEMPLATE,
  PENDING_REPORTS_TEMPLATE,
  VITAL_SIGNS_TEMPLATE,
} from './prefetch-templates.js';

/**
 * The encounter-discharge service.
 *
 * @example
 * ```ts
 * dischargeSummaryService.handler(input)[0].name; // 'discharge-readiness'
 * ```
 */
export const dischargeSummaryService: CdsServiceDefinition = {
  id: 'meridian-discharge-summary',
  hook: 'encounter-discharge',
  title: 'Meridian discharge readiness',
  description:
    'One discharge-readiness card: unresolved red flags, abnormal last vital signs (NEWS2 points) and pending orders and reports of the encounter.',
  prefetch: {
    patient: PATIENT_TEMPLATE,
    vitals: VITAL_SIGNS_TEMPLATE,
    labs: LABORATORY_TEMPLATE,
    conditions: CONDITIONS_TEMPLATE,
    pendingOrders: ACTIVE_SERVICE_REQUESTS_TEMPLATE,
    pendingReports: PENDING_REPORTS_TEMPLATE,
  },
  handler: ({ context, prefetch, tenantId, referenceTime, riskCache }) => [
    {
      name: 'discharge-readiness',
      run: () => {
        const scored = scoreRisk(context, { tenantId, referenceTime, calculators: ['news2'] }, riskCache);
        const news2 = (scored.cached ? (scored.response.results as unknown as RiskResult[]) : scored.results)[0];
        return [
          dischargeCard({
            redFlags: findRedFlags(context),
            news2,
            pending: pendingResults([prefetch.pendingOrders, prefetch.pendingReports]),
            missingVitals: news2?.missing ?? [],
          }),
        ];
      },
    },
  ],
};
