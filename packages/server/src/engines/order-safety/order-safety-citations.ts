/**
 * Publications behind the order-safety rules.
 *
 * @module
 */
import type { Citation } from '../risk/types.js';

/** 2023 American Geriatrics Society Beers Criteria (drug–disease interactions). */
export const AGS_BEERS_2023: Citation = {
  authors: 'American Geriatrics Society Beers Criteria Update Expert Panel',
  title:
    'American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults',
  source: 'J Am Geriatr Soc 2023;71(7):2052-2081',
  year: 2023,
  doi: '10.1111/jgs.18372',
};

/** 2021 EHRA practical guide on non-vitamin K antagonist oral anticoagulants. */
export const EHRA_NOAC_2021: Citation = {
  authors: 'Steffel J, Collins R, Antz M, Cornu P, Desteghe L, Haeusler KG, et al.',
  title:
    '2021 European Heart Rhythm Association Practical Guide on the Use of Non-Vitamin K Antagonist Oral Anticoagulants in Patients with Atrial Fibrillation',
  source: 'Europace 2021;23(10):1612-1676',
  year: 2021,
  doi: '10.1093/europace/euab065',
};

/** Global Initiative for Asthma strategy report. */
export const GINA_2024: Citation = {
  authors: 'Global Initiative for Asthma',
  title: 'Global Strategy for Asthma Management and Prevention, 2024 update',
  source: 'GINA',
  year: 2024,
  url: 'https://ginasthma.org/reports/',
};

/** FDA safety communication on metformin in reduced kidney function. */
export const FDA_METFORMIN_RENAL_2016: Citation = {
  authors: 'U.S. Food and Drug Administration',
  title:
    'FDA Drug Safety Communication: FDA revises warnings regarding use of the diabetes medicine metformin in certain patients with reduced kidney function',
  source: 'FDA',
  year: 2016,
  url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-revises-warnings-regarding-use-diabetes-medicine-metformin-certain',
};

/** The general reference for allergy cross-reactivity checks. */
export const AAAAI_DRUG_ALLERGY_2022: Citation = {
  authors: 'Khan DA, Banerji A, Blumenthal KG, Phillips EJ, Solensky R, White AA, et al.',
  title: 'Drug allergy: A 2022 practice parameter update',
  source: 'J Allergy Clin Immunol 2022;150(6):1333-1393',
  year: 2022,
  doi: '10.1016/j.jaci.2022.08.028',
};
