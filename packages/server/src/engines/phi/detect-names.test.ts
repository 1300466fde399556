import { describe, expect, it } from 'vitest';
import { detectNames } from './detect-names.js';
import { found } from './testing.js';

describe('detectNames', () => {
  it('finds names after a title, after a cue, and first names from the lexicon, with initials', () => {
    expect(found(detectNames('Mr. James T. was seen by Dr. Emily Clark; Mrs. L. Hernandez too.'))).toEqual([
      'NAME:James T.',
      'NAME:Emily Clark',
      'NAME:L. Hernandez',
    ]);
    expect(found(detectNames('Treatment for a 20yo female, Anna, seen last week.'))).toEqual(['NAME:Anna']);
    expect(found(detectNames('The plan was discussed with Mary Johnson and her son.'))).toEqual(['NAME:Mary Johnson']);
    expect(detectNames('Dr. Emily Clark').map((s) => s.detector)).toEqual(['rules']);
    expect(detectNames('with Maria Hernandez').map((s) => s.detector)).toEqual(['lexicon']);
  });

  it('does not take eponyms, scores, drug names or ordinary capitalised words for names', () => {
    for (const text of [
      "History of Parkinson disease and Crohn's disease; Hodgkin lymphoma in remission.",
      'Glasgow Coma Scale 14, Wells score 4, Apgar 9 at five minutes.',
      'Started Lasix 40 mg and Eliquis 5 mg twice daily.',
      'Will the patient need Grant funding? Best practice is to Mark the chart.',
      'Guillain-Barre syndrome after Epstein-Barr virus infection.',
    ])
      expect(found(detectNames(text)), text).toEqual([]);
  });

  it('still takes an eponym surname for a name after a title', () => {
    expect(found(detectNames('Referred to Dr. Parkinson for review.'))).toEqual(['NAME:Parkinson']);
  });
});
