/**
 * Publications the red-flag thresholds come from.
 *
 * @module
 */
import type { Citation } from '../risk/types.js';

/** Critical laboratory limits for urgent clinician notification (survey of US medical centres). */
export const KOST_CRITICAL_LIMITS_1990: Citation = {
  authors: 'Kost GJ',
  title: 'Critical limits for urgent clinician notification at US medical centers',
  source: 'JAMA 1990;263(5):704-707',
  year: 1990,
  doi: '10.1001/jama.1990.03440050098042',
};

/** Surviving Sepsis Campaign 2021: lactate as a marker of hypoperfusion. */
export const EVANS_SSC_2021: Citation = {
  authors: 'Evans L, Rhodes A, Alhazzani W, Antonelli M, Coopersmith CM, French C, et al.',
  title: 'Surviving Sepsis Campaign: International Guidelines for Management of Sepsis and Septic Shock 2021',
  source: 'Crit Care Med 2021;49(11):e1063-e1143',
  year: 2021,
  doi: '10.1097/CCM.0000000000005337',
};

/**
 * NICE NG51, suspected sepsis: its high-risk criteria (respiratory rate 25 or
 * more, systolic 90 mmHg or less, heart rate above 130, new altered mental
 * state, oxygen needed to keep saturation up). Meridian's hard physiological
 * limits are set at or beyond these criteria (so each is an emergency on its
 * own): a choice of Meridian's clinical safety case, not a NICE table.
 */
export const MERIDIAN_HARD_LIMITS: Citation = {
  authors: 'National Institute for Health and Care Excellence',
  title: 'Suspected sepsis: recognition, diagnosis and early management (NICE guideline NG51)',
  source: 'London: NICE, 2016 (updated 2024)',
  year: 2016,
  url: 'https://www.nice.org.uk/guidance/ng51',
};

/** UK Kidney Association: severe hyperkalaemia is 6.5 mmol/L or more. */
export const UKKA_HYPERKALAEMIA_2020: Citation = {
  authors: 'UK Kidney Association (formerly The Renal Association)',
  title: 'Clinical Practice Guidelines: Treatment of Acute Hyperkalaemia in Adults',
  source: 'UK Kidney Association, 2020',
  year: 2020,
  url: 'https://ukkidney.org/health-professionals/guidelines/treatment-acute-hyperkalaemia-adults',
};

/** International Hypoglycaemia Study Group: below 3.0 mmol/L is clinically significant (level 2) hypoglycaemia. */
export const IHSG_HYPOGLYCAEMIA_2017: Citation = {
  authors: 'International Hypoglycaemia Study Group',
  title:
    'Glucose Concentrations of Less Than 3.0 mmol/L (54 mg/dL) Should Be Reported in Clinical Trials: A Joint Position Statement of the American Diabetes Association and the European Association for the Study of Diabetes',
  source: 'Diabetes Care 2017;40(1):155-157',
  year: 2017,
  doi: '10.2337/dc16-2215',
};

/** British Society for Haematology: an INR above 5 without bleeding is managed as over-anticoagulation. */
export const BSH_WARFARIN_2011: Citation = {
  authors: 'Keeling D, Baglin T, Tait C, Watson H, Perry D, Baglin C, Kitchen S, Makris M',
  title: 'Guidelines on oral anticoagulation with warfarin – fourth edition',
  source: 'Br J Haematol 2011;154(3):311-324',
  year: 2011,
  doi: '10.1111/j.1365-2141.2011.08753.x',
};
