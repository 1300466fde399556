import { describe, expect, it } from 'vitest';
import { detectDates } from './detect-dates.js';
import { found } from './testing.js';

describe('detectDates', () => {
  it('finds dates with a day or a month in the common formats', () => {
    expect(
      found(detectDates("Seen April 12, 2023, then May 30th, 2022, 03/04/2022, 2023-07-01 and Jan 15 '23.")),
    ).toEqual(['DATE:April 12, 2023', 'DATE:May 30th, 2022', 'DATE:03/04/2022', 'DATE:2023-07-01', "DATE:Jan 15 '23"]);
    expect(found(detectDates('Admitted 12th Jan 2023; symptoms since March 2021; seen last December.'))).toEqual([
      'DATE:12th Jan 2023',
      'DATE:March 2021',
      'DATE:last December',
    ]);
  });

  it('leaves years alone, doses, lab values, scores, "may", and dates that are not the patient\'s', () => {
    for (const text of [
      'Diagnosed in 2019; the 2023 ACC/AHA guideline applies.',
      'Metformin 500 mg twice daily, HbA1c 7.2%, potassium 4.1 mmol/L, NEWS2 score 7.',
      'She may need a dose change; symptoms may recur.',
      'Per the guidelines published March 15, 2023 and the trial reported in June 2021.',
    ])
      expect(found(detectDates(text)), text).toEqual([]);
  });

  it('finds dates without a year when a word says they are dates, and "22-Nov-2026" shapes', () => {
    expect(
      found(
        detectDates(
          'Admitted on 11/20, discharged 11-23. Labs tomorrow 11/23; seen Tue (11/25). Surgery 22-Nov-2026, Nov-22-2026, 22NOV2026, 2026-Nov-22; back on the 3rd.',
        ),
      ),
    ).toEqual([
      'DATE:11/20',
      'DATE:11-23',
      'DATE:11/23',
      'DATE:11/25',
      'DATE:22-Nov-2026',
      'DATE:Nov-22-2026',
      'DATE:22NOV2026',
      'DATE:2026-Nov-22',
      'DATE:3rd',
    ]);
    expect(found(detectDates('11/20: CT chest, no PE.\n- 11/21 - extubated'))).toEqual(['DATE:11/20', 'DATE:11/21']);
  });

  it('does not take measurements written like dates for dates', () => {
    for (const text of [
      'BP 140/90, strength 5/5 on 4/5 of the limbs, pain 7/10, GCS 15/15, vision 20/20.',
      'Take 1/2 tab; seen since 3/7 days; on 2/52 review; 3/4 strength.',
      'On the 3rd day of admission, after the 2nd dose.',
    ])
      expect(found(detectDates(text)), text).toEqual([]);
  });
});
