import { describe, expect, it } from 'vitest';
import { VALUE_SETS } from '../../terminology/value-set-catalogue.js';
import { extractionLexicon } from './extraction-lexicon.js';
import { findMentions } from './find-mentions.js';

describe('extraction lexicon: codes only where a curated source knows them', () => {
  it('maps synonyms and ingredient names to the codes of the loaded value sets', () => {
    const codeOf = (text: string) => findMentions(text).map((m) => m.entry.codings[0]?.code ?? null);
    expect(codeOf('HTN')).toEqual(['38341003']);
    expect(codeOf('type 2 diabetes mellitus')).toEqual(['44054006']);
    expect(codeOf('on warfarin and clopidogrel')).toEqual(['11289', '32968']);
    expect(codeOf('COPD exacerbation')).toEqual(['13645005']);
  });

  it('keeps items no curated source codes as text only', () => {
    const [mention] = findMentions('started nivolumab');
    expect(mention).toMatchObject({ text: 'nivolumab', entry: { kind: 'medication', codings: [] } });
  });

  it('matches the longest term, and short abbreviations only in capitals', () => {
    expect(findMentions('congestive heart failure').map((m) => m.text)).toEqual(['congestive heart failure']);
    expect(findMentions('Hx of MI').map((m) => m.text)).toEqual(['MI']);
    expect(findMentions('mi casa, pe teacher, af radio')).toEqual([]);
    expect(findMentions('PE: lungs clear. Workup for PE.').map((m) => m.start)).toEqual([28]);
  });

  it('every code in the lexicon is a member of a loaded value set (none is made up)', () => {
    const sets = VALUE_SETS.list();
    const entries = [...new Set(extractionLexicon().values())];
    const coded = entries.filter((e) => e.codings.length > 0);
    expect(coded.length).toBeGreaterThan(100);
    for (const entry of coded) {
      for (const c of entry.codings) {
        const member = sets.some((vs) =>
          [...vs.members.values()].some((m) => m.system === c.system && m.code === c.code),
        );
        expect(member, `${c.system}|${c.code}`).toBe(true);
      }
    }
  });
});
