import { describe, expect, it } from 'vitest';
import { detectPhi } from './detect-phi.js';
import { PHI_TYPES } from './phi-types.js';
import { SAFE_HARBOR_CATEGORIES, SAFE_HARBOR_CATEGORY_OF, type SafeHarborCategory } from './safe-harbor.js';

/** One clinical sentence per Safe Harbor category, with the identifier it holds. */
const BY_CATEGORY: ReadonlyArray<readonly [SafeHarborCategory, string, string]> = [
  ['A', 'Pt seen with daughter Maria Hernandez at bedside.', 'Maria Hernandez'],
  ['B', 'Lives at 42 Elm Street, Springfield, alone.', '42 Elm Street'],
  ['C', 'c/o SOB since 11/20, worse tomorrow 11/23 per family.', '11/23'],
  ['C', 'Surgery booked 22-Nov-2026 under GA.', '22-Nov-2026'],
  ['C', 'Pt is a 92M with CAP, hx of AF.', '92'],
  ['D', 'Son can be reached on 617-555-0134 after 5pm.', '617-555-0134'],
  ['E', 'Records faxed to fax 617-555-0199 today.', '617-555-0199'],
  ['F', 'Wife emailed j.doe@example.com re: discharge.', 'j.doe@example.com'],
  ['G', 'SSN 123-45-6789 verified at registration.', '123-45-6789'],
  ['H', 'MRN: 00482913, bed 4.', '00482913'],
  ['I', 'Medicare beneficiary no. 1EG4-TE5-MK72 on file.', '1EG4-TE5-MK72'],
  ['J', 'Billing acct #9876543210 flagged.', '9876543210'],
  ['K', 'Driver licence number D1234567 copied.', 'D1234567'],
  ['L', 'MVA: licence plate AB12 CDE, VIN 1HGCM82633A004352.', 'AB12 CDE'],
  ['M', 'Pacemaker serial number PJN123456R interrogated.', 'PJN123456R'],
  [
    'N',
    'Results on https://portal.example-hospital.org/r/8843 for review.',
    'https://portal.example-hospital.org/r/8843',
  ],
  ['O', 'Home monitor at 192.168.10.45 and fe80::1ff:fe23:4567:890a went offline.', '192.168.10.45'],
  ['P', 'Fingerprint ID FP-88213 used for the medication cabinet.', 'FP-88213'],
  ['R', 'Research study id JH-998877 enrolled.', 'JH-998877'],
];

/** PHI-free clinical sentences, written as clinicians write them: nothing may be touched. */
const PHI_FREE = [
  'Pt c/o SOB and CP x2 days, worse on exertion.',
  'BP 140/90mmHg, HR 92, RR 18, T38.6, SpO2 95% on RA.',
  'Strength 5/5 in all limbs, pain 7/10, GCS 15/15.',
  'Cr 92umol/L, K 3.1 mmol/L, Hb 102 g/L.',
  'Plan: CXR, CBC, BMP; f/u in 2/52 with GP.',
  'Hx of HTN, T2DM and CKD stage 3.',
  'Sats in the low 90s on 2L NC, improving.',
  'Afebrile, Tmax 99 F overnight.',
  'Take 1/2 tab at night.',
  'Growth plate fracture of the distal radius, Salter-Harris II.',
  'Wells score 4; CURB-65 of 2; NEWS2 7.',
  'Diagnosed in 2019, on the 2023 ACC/AHA guideline pathway.',
  'Parkinson disease, Crohn disease and Hodgkin lymphoma in remission.',
];

describe('Safe Harbor coverage', () => {
  it('maps every identifier kind to a category, and every category but photographs to a kind', () => {
    for (const type of PHI_TYPES) expect(SAFE_HARBOR_CATEGORIES[SAFE_HARBOR_CATEGORY_OF[type]]).toBeDefined();
    const covered = new Set(Object.values(SAFE_HARBOR_CATEGORY_OF));
    expect(Object.keys(SAFE_HARBOR_CATEGORIES).filter((c) => !covered.has(c as SafeHarborCategory))).toEqual(['Q']);
  });

  it.each(BY_CATEGORY)('finds category (%s) in %j', (category, text, value) => {
    const spans = detectPhi(text);
    const span = spans.find((s) => s.start <= text.indexOf(value) && s.end >= text.indexOf(value) + value.length);
    expect(span, JSON.stringify(spans)).toBeDefined();
    expect(SAFE_HARBOR_CATEGORY_OF[span!.type]).toBe(category);
  });

  it.each(PHI_FREE)('leaves the PHI-free sentence %j untouched', (text) => {
    expect(detectPhi(text).map((s) => `${s.type}:${s.text}`)).toEqual([]);
  });
});
