import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from './detect-identifiers.js';
import { found } from './testing.js';

describe('detectIdentifiers', () => {
  it('names the kind of a number by its cue', () => {
    expect(
      found(
        detectIdentifiers(
          'SSN 123-45-6789, MRN: 12345678, insurance ID HP-987654, acct #9876543210, license CLN-112233, vehicle id 7734-XR, device serial SN-44521987.',
        ),
      ),
    ).toEqual([
      'SSN:123-45-6789',
      'MRN:12345678',
      'HEALTH_PLAN:HP-987654',
      'ACCOUNT:#9876543210',
      'LICENSE:CLN-112233',
      'VEHICLE:7734-XR',
      'DEVICE:SN-44521987',
    ]);
  });

  it('finds device serial numbers, GS1 UDIs and biometric identifiers by their cues', () => {
    expect(
      found(
        detectIdentifiers(
          'Pacemaker serial number PJN123456R; ICD SN 1234567; UDI (01)00884838020113(17)251231(21)A1B2C3. Fingerprint ID FP-88213; retinal scan id RS4471; voiceprint VP-00912.',
        ),
      ),
    ).toEqual([
      'DEVICE:PJN123456R',
      'DEVICE:1234567',
      'DEVICE:(01)00884838020113(17)251231(21)A1B2C3',
      'BIOMETRIC:FP-88213',
      'BIOMETRIC:RS4471',
      'BIOMETRIC:VP-00912',
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
