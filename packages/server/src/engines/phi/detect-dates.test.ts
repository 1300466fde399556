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

  it('finds ages over 89 and only those', () => {
    expect(found(detectDates('A 92-year-old man, a 95 yo woman, aged 101; a 89-year-old and a 45 year old.'))).toEqual([
      'AGE:92',
      'AGE:95',
      'AGE:101',
    ]);
  });
});
