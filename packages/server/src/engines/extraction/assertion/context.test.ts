import { describe, expect, it } from 'vitest';
import { findSections, sectionAt } from '../text/sections.js';
import { assertionOf } from './assertion-status.js';
import { analyseSentence, classifyMention } from './context.js';

/** The ConText categories of `target` (its first occurrence) in `sentence`. */
function statusOf(sentence: string, target: string, window?: number): string[] {
  const start = sentence.indexOf(target);
  if (start < 0) throw new Error(`no ${target}`);
  return [...classifyMention(analyseSentence(sentence, 0), start, start + target.length, window)].sort();
}

describe('ConText scopes', () => {
  it('negation: forward and backward triggers, multi-word triggers', () => {
    expect(statusOf('Patient denies chest pain', 'chest pain')).toEqual(['negated']);
    expect(statusOf('No evidence of pneumonia on imaging', 'pneumonia')).toEqual(['negated']);
    expect(statusOf('Pulmonary embolism was ruled out', 'Pulmonary embolism')).toEqual(['negated']);
    expect(statusOf('Negative for fever, chills and cough', 'cough')).toEqual(['negated']);
  });

  it('pseudo-triggers do not negate', () => {
    expect(statusOf('No increase in edema', 'edema')).toEqual([]);
    expect(statusOf('Gram negative rods; sepsis likely', 'sepsis')).toEqual(['uncertain']);
    expect(statusOf('Pneumonia not ruled out', 'Pneumonia')).toEqual([]);
  });

  it('a terminator ends the scope', () => {
    expect(statusOf('Denies fever but reports cough', 'cough')).toEqual([]);
    expect(statusOf('Denies fever but reports cough', 'fever')).toEqual(['negated']);
    expect(statusOf('No chest pain; however dyspnea on exertion', 'dyspnea')).toEqual([]);
  });

  it('the scope is a window of words', () => {
    const sentence = 'No complaints today about the long walk to the clinic in the cold with cough';
    expect(statusOf('Denies recent travel, sick contacts or cough', 'cough')).toEqual(['negated']);
    expect(statusOf(sentence.replace('today ', ''), 'cough', 8)).toEqual([]);
  });

  it('uncertainty, history and family history', () => {
    expect(statusOf('Possible pneumonia in the right lower lobe', 'pneumonia')).toEqual(['uncertain']);
    expect(statusOf('Appendicitis is suspected', 'Appendicitis')).toEqual(['uncertain']);
    expect(statusOf('History of myocardial infarction', 'myocardial infarction')).toEqual(['historical']);
    expect(statusOf('Pneumonia two years ago', 'Pneumonia')).toEqual(['historical']);
    expect(statusOf('Mother had breast cancer', 'breast cancer')).toEqual(['family']);
    expect(statusOf('Diabetes in her father', 'Diabetes')).toEqual(['family']);
    expect(statusOf('No family history of colon cancer', 'colon cancer')).toEqual(['family', 'negated']);
  });

  it('sections add family and history to what is under them', () => {
    const note = 'HPI: cough.\nFH: diabetes.\nPMH: asthma.';
    const sections = findSections(note);
    expect(assertionOf(new Set(), sectionAt(sections, note.indexOf('cough')))).toEqual(['affirmed']);
    expect(assertionOf(new Set(), sectionAt(sections, note.indexOf('diabetes')))).toEqual(['family']);
    expect(assertionOf(new Set(['negated']), sectionAt(sections, note.indexOf('asthma')))).toEqual([
      'negated',
      'historical',
    ]);
  });
});
