/**
 * The publications Meridian's risk calculators implement.
 *
 * @module
 */
import type { Citation } from './types.js';

/** NEWS2 (Royal College of Physicians, 2017). */
export const RCP_NEWS2_2017: Citation = {
  authors: 'Royal College of Physicians',
  title:
    'National Early Warning Score (NEWS) 2: Standardising the assessment of acute-illness severity in the NHS. Updated report of a working party',
  source: 'London: RCP',
  year: 2017,
  url: 'https://www.rcp.ac.uk/improving-care/resources/national-early-warning-score-news-2/',
};

/** qSOFA derivation and validation (Sepsis-3). */
export const SEYMOUR_QSOFA_2016: Citation = {
  authors: 'Seymour CW, Liu VX, Iwashyna TJ, Brunkhorst FM, Rea TD, Scherag A, et al.',
  title:
    'Assessment of Clinical Criteria for Sepsis: For the Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3)',
  source: 'JAMA 2016;315(8):762-774',
  year: 2016,
  doi: '10.1001/jama.2016.0288',
};

/** The Sepsis-3 consensus definitions, where qSOFA ≥ 2 is defined as the prompt. */
export const SINGER_SEPSIS3_2016: Citation = {
  authors: 'Singer M, Deutschman CS, Seymour CW, Shankar-Hari M, Annane D, Bauer M, et al.',
  title: 'The Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3)',
  source: 'JAMA 2016;315(8):801-810',
  year: 2016,
  doi: '10.1001/jama.2016.0287',
};

/** CHA2DS2-VASc. */
export const LIP_CHA2DS2VASC_2010: Citation = {
  authors: 'Lip GYH, Nieuwlaat R, Pisters R, Lane DA, Crijns HJGM',
  title:
    'Refining clinical risk stratification for predicting stroke and thromboembolism in atrial fibrillation using a novel risk factor-based approach: the Euro Heart Survey on Atrial Fibrillation',
  source: 'Chest 2010;137(2):263-272',
  year: 2010,
  doi: '10.1378/chest.09-1584',
};

/** HAS-BLED. */
export const PISTERS_HASBLED_2010: Citation = {
  authors: 'Pisters R, Lane DA, Nieuwlaat R, de Vos CB, Crijns HJGM, Lip GYH',
  title:
    'A novel user-friendly score (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial fibrillation: the Euro Heart Survey',
  source: 'Chest 2010;138(5):1093-1100',
  year: 2010,
  doi: '10.1378/chest.10-0134',
};

/** CURB-65 (and CRB-65). */
export const LIM_CURB65_2003: Citation = {
  authors: 'Lim WS, van der Eerden MM, Laing R, Boersma WG, Karalus N, Town GI, Lewis SA, Macfarlane JT',
  title:
    'Defining community acquired pneumonia severity on presentation to hospital: an international derivation and validation study',
  source: 'Thorax 2003;58(5):377-382',
  year: 2003,
  doi: '10.1136/thorax.58.5.377',
};

/** BTS community-acquired pneumonia guideline (CRB-65 bands). */
export const BTS_CAP_2009: Citation = {
  authors: 'Lim WS, Baudouin SV, George RC, Hill AT, Jamieson C, Le Jeune I, et al.',
  title: 'BTS guidelines for the management of community acquired pneumonia in adults: update 2009',
  source: 'Thorax 2009;64(Suppl 3):iii1-iii55',
  year: 2009,
  doi: '10.1136/thx.2009.121434',
};

/** The Pooled Cohort Equations (2013 ACC/AHA risk assessment guideline). */
export const GOFF_PCE_2013: Citation = {
  authors: 'Goff DC Jr, Lloyd-Jones DM, Bennett G, Coady S, D’Agostino RB, Gibbons R, et al.',
  title:
    '2013 ACC/AHA guideline on the assessment of cardiovascular risk: a report of the American College of Cardiology/American Heart Association Task Force on Practice Guidelines',
  source: 'Circulation 2014;129(25 Suppl 2):S49-S73',
  year: 2014,
  doi: '10.1161/01.cir.0000437741.48606.98',
};

/** 2018 AHA/ACC cholesterol guideline: 10-year ASCVD risk categories. */
export const GRUNDY_CHOLESTEROL_2018: Citation = {
  authors: 'Grundy SM, Stone NJ, Bailey AL, Beam C, Birtcher KK, Blumenthal RS, et al.',
  title:
    '2018 AHA/ACC/AACVPR/AAPA/ABC/ACPM/ADA/AGS/APhA/ASPC/NLA/PCNA Guideline on the Management of Blood Cholesterol',
  source: 'Circulation 2019;139(25):e1082-e1143',
  year: 2019,
  doi: '10.1161/CIR.0000000000000625',
};

/** Wells criteria for pulmonary embolism (three-tier and two-tier models). */
export const WELLS_PE_2000: Citation = {
  authors: 'Wells PS, Anderson DR, Rodger M, Ginsberg JS, Kearon C, Gent M, et al.',
  title:
    'Derivation of a simple clinical model to categorize patients probability of pulmonary embolism: increasing the models utility with the SimpliRED D-dimer',
  source: 'Thromb Haemost 2000;83(3):416-420',
  year: 2000,
  doi: '10.1055/s-0037-1613830',
};

/** 2020 ESC atrial fibrillation guideline (CHA2DS2-VASc risk categories). */
export const ESC_AF_2020: Citation = {
  authors: 'Hindricks G, Potpara T, Dagres N, Arbelo E, Bax JJ, Blomström-Lundqvist C, et al.',
  title:
    '2020 ESC Guidelines for the diagnosis and management of atrial fibrillation developed in collaboration with the European Association for Cardio-Thoracic Surgery (EACTS)',
  source: 'Eur Heart J 2021;42(5):373-498',
  year: 2021,
  doi: '10.1093/eurheartj/ehaa612',
};
