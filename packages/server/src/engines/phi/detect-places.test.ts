import { describe, expect, it } from 'vitest';
import { detectPlaces } from './detect-places.js';
import { found } from './testing.js';

describe('detectPlaces', () => {
  it('finds street addresses, ZIP codes after a state, facilities and cities', () => {
    expect(found(detectPlaces('Lives at 12 Oak Street, Apt 4B, Springfield, IL 62704.'))).toContain(
      'ADDRESS:12 Oak Street, Apt 4B',
    );
    expect(found(detectPlaces('Lives at 12 Oak Street, Apt 4B, Springfield, IL 62704.'))).toContain('ZIP:62704');
    expect(found(detectPlaces("Seen at St. Luke's Hospital, then Boston Medical Center and Mt. Sinai."))).toEqual([
      "LOCATION:St. Luke's Hospital",
      'LOCATION:Boston Medical Center',
      'LOCATION:Mt. Sinai',
    ]);
    expect(found(detectPlaces('A patient from Chicago was admitted to Cedar Crest.'))).toEqual([
      'LOCATION:Chicago',
      'LOCATION:Cedar Crest',
    ]);
  });

  it('leaves states, eponymous scores and diseases, and bare five-digit numbers alone', () => {
    for (const text of [
      'Moved from Texas to California.',
      'She lives in Texas and was treated in Canada.',
      'Framingham risk score 20%, Glasgow Coma Scale 15, Lyme disease.',
      'WBC 12000, platelets 25000 today.',
    ]) {
      expect(found(detectPlaces(text)), text).toEqual([]);
    }
  });
});
