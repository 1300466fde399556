import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from './detect-identifiers.js';
import { found } from './testing.js';

describe('detectIdentifiers', () => {
  it('names the kind of a number by its cue', () => {
    expect(
      found(
        detectIdentifiers(
          'SSN 123-45-6789, MRN: 12345678, insurance ID HP-987654, acct #9876543210, license CLN-112233, VIN 1HGCM82633A004352, device serial SN-44521987.',
        ),
      ),
    ).toEqual([
      'SSN:123-45-6789',
      'MRN:12345678',
      'HEALTH_PLAN:HP-987654',
      'ACCOUNT:#9876543210',
      'LICENSE:CLN-112233',
      'VEHICLE:1HGCM82633A004352',
      'DEVICE:SN-44521987',
    ]);
  });

  it('takes id-shaped tokens without a cue as other ids', () => {
    expect(found(detectIdentifiers('Case JH-998877 and 987654321 were reviewed.'))).toEqual([
      'ID:JH-998877',
      'ID:987654321',
    ]);
  });

  it('leaves doses, scores, lab values, codes and trial numbers alone', () => {
    for (const text of [
      'Plan: metformin 1000 mg, then 2000 mg; patient 55-year-old; order 500 units of heparin.',
      'ICD-10 I48.91, COVID-19, HbA1c 7.2%, NEWS2 7, WBC 12000, NCT01234567, CHA2DS2-VASc 4, group 2023.',
    ])
      expect(found(detectIdentifiers(text)), text).toEqual([]);
  });
});
