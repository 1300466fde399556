/**
 * The published clinical response of each acute score, as escalation
 * levels: the band a score is certainly in (see `certainBand`) maps to the
 * level its publication asks for. Scores of long-term risk (CHA2DS2-VASc,
 * HAS-BLED, the Pooled Cohort Equations) guide treatment choices over months
 * and years and have no acute response: they never escalate.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import type { Citation, UrgencyLevel } from '@meridian/sdk';
import { BTS_CAP_2009, LIM_CURB65_2003, RCP_NEWS2_2017, SINGER_SEPSIS3_2016 } from '../risk/citations.js';
import { PNEUMONIA } from '../risk/codes/condition-concepts.js';
import type { CalculatorId } from '../risk/types.js';

/** NICE NG158 (2020): with a two-level Wells score above 4 (PE likely), image at once. */
export const NICE_NG158_2020: Citation = {
  authors: 'National Institute for Health and Care Excellence',
  title: 'Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (NICE guideline NG158)',
  source: 'London: NICE, 2020 (updated 2023)',
  year: 2020,
  url: 'https://www.nice.org.uk/guidance/ng158',
};

/** One score's published response: the level each band of one interpretation scheme asks for. */
export interface ScoreResponse {
  readonly calculatorId: CalculatorId;
  /** The interpretation scheme read (`RiskResult.interpretations[].scheme`). */
  readonly scheme: string;
  /** The short name a clinician uses (`NEWS2`). */
  readonly name: string;
  /** Level by band id; a band not listed is `routine`. */
  readonly levels: Readonly<Record<string, UrgencyLevel>>;
  /** What the publication asks for at the escalating bands, in its words (never a treatment). */
  readonly response: string;
  readonly citation: Citation;
  /** The population the response is published for, when narrower than every patient. */
  readonly appliesTo?: (context: PatientContext) => boolean;
  /** Whether inputs a record can hold (vital signs) are what it misses, so naming them helps. */
  readonly recordable: boolean;
}

const hasPneumonia = (context: PatientContext) =>
  context.conditions.some((c) => PNEUMONIA.match(c.codes) !== undefined);

/**
 * The responses, one per acute scheme:
 *
 * - NEWS2 (RCP 2017, Chart 4): 7 or more → emergency response; 5–6, or 3 in
 *   any single parameter → urgent response.
 * - qSOFA (Sepsis-3, Singer 2016): 2 or more → at least urgent, sepsis to be
 *   considered.
 * - CURB-65 3–5 (Lim 2003; BTS 2009: severe pneumonia, manage in hospital,
 *   assess for critical care) and CRB-65 3–4 (BTS 2009: urgent hospital
 *   admission) → urgent, for a patient with pneumonia recorded (the
 *   population they are validated in).
 * - Wells PE two-level "likely", above 4 (NICE NG158: immediate imaging) → urgent.
 *
 * @example
 * ```ts
 * SCORE_RESPONSES.find((r) => r.scheme === 'rcp-news2')?.levels.high; // 'emergency'
 * ```
 */
export const SCORE_RESPONSES: readonly ScoreResponse[] = [
  {
    calculatorId: 'news2',
    scheme: 'rcp-news2',
    name: 'NEWS2',
    levels: { high: 'emergency', medium: 'urgent', 'low-medium': 'urgent' },
    response:
      'RCP 2017: 7 or more calls for an emergency assessment by a team with critical-care competencies; 5–6, or 3 in a single parameter, for an urgent review by a clinician competent in acute illness.',
    citation: RCP_NEWS2_2017,
    recordable: true,
  },
  {
    calculatorId: 'qsofa',
    scheme: 'sepsis-3',
    name: 'qSOFA',
    levels: { positive: 'urgent' },
    response:
      'Sepsis-3: with suspected infection, qSOFA of 2 or more marks a higher risk of death or prolonged intensive care; assess for organ dysfunction and consider sepsis.',
    citation: SINGER_SEPSIS3_2016,
    recordable: true,
  },
  {
    calculatorId: 'curb-65',
    scheme: 'curb-65',
    name: 'CURB-65',
    levels: { high: 'urgent' },
    response:
      'Lim 2003 and BTS 2009: 3 or more is high-severity pneumonia, to be managed in hospital with assessment for critical care.',
    citation: LIM_CURB65_2003,
    appliesTo: hasPneumonia,
    recordable: false,
  },
  {
    calculatorId: 'curb-65',
    scheme: 'crb-65',
    name: 'CRB-65',
    levels: { high: 'urgent' },
    response: 'BTS 2009: 3 or more is a high risk of death, calling for urgent hospital admission.',
    citation: BTS_CAP_2009,
    appliesTo: hasPneumonia,
    recordable: false,
  },
  {
    calculatorId: 'wells-pe',
    scheme: 'two-tier',
    name: 'Wells PE',
    levels: { 'pe-likely': 'urgent' },
    response: 'NICE NG158: with pulmonary embolism likely (two-level Wells above 4), imaging is advised at once.',
    citation: NICE_NG158_2020,
    recordable: false,
  },
];
