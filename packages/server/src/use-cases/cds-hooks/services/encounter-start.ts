/**
 * `meridian-encounter-start` (encounter-start): red flags in the latest
 * vital signs and laboratory results as the encounter opens.
 *
 * @module
 */
import { findRedFlags } from '../../../engines/red-flags/find-red-flags.js';
import { redFlagCards } from '../cards/red-flag-cards.js';
import type { CdsServiceDefinition } from '../service-definition.js';
import {
  CONDITIONS_TEMPLATE,
  LABORATORY_TEMPLATE,
  PATIENT_TEMPLATE,
  VITAL_SIGNS_TEMPLATE,
} from './prefetch-templates.js';

/**
 * The encounter-start service.
 *
 * @example
 * ```ts
 * encounterStartService.prefetch.vitals; // 'Observation?patient={{context.patientId}}&category=vital-signs&_sort=-date&_count=100'
 * ```
 */
export const encounterStartService: CdsServiceDefinition = {
  id: 'meridian-encounter-start',
  hook: 'encounter-start',
  title: 'Meridian red flags at encounter start',
  description:
    'Red flags in the latest vital signs (NEWS2 red scores, consciousness) and laboratory results (critical values) when an encounter starts.',
  prefetch: {
    patient: PATIENT_TEMPLATE,
    vitals: VITAL_SIGNS_TEMPLATE,
    labs: LABORATORY_TEMPLATE,
    conditions: CONDITIONS_TEMPLATE,
  },
  handler: ({ context }) => [
    {
      name: 'vital-sign-red-flags',
      run: () => redFlagCards(findRedFlags(context, { vitalSigns: true }), 'Red flags in vital signs'),
    },
    {
      name: 'laboratory-red-flags',
      run: () => redFlagCards(findRedFlags(context, { laboratory: true }), 'Critical laboratory values'),
    },
  ],
};
