import { cdsCardSchema } from '@meridian/sdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RCP_NEWS2_2017, SEYMOUR_QSOFA_2016 } from '../../../engines/risk/citations.js';
import { buildCard, escapeMarkdown, truncate } from './card-builder.js';

describe('buildCard', () => {
  it('holds any summary under 140 characters on a word boundary, and every card to the schema (requirement 83)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }).filter((s) => /\S/.test(s)),
        (summary) => {
          const { card } = buildCard({ type: 'red-flag', summary, indicator: 'warning', citations: [RCP_NEWS2_2017] });
          return card.summary.length <= 139 && cdsCardSchema.safeParse(card).success;
        },
      ),
    );
    expect(truncate('word '.repeat(40))).toMatch(/^(word )+word…$/);
  });

  it('writes detail as GitHub Flavored Markdown, with record text escaped so it renders literally (requirement 85)', () => {
    expect(escapeMarkdown('*bold* _x_ [link](http://x) <b> | # `code`')).toBe(
      '\\*bold\\* \\_x\\_ \\[link\\]\\(http://x\\) \\<b\\> \\| \\# \\`code\\`',
    );
    const { card } = buildCard({
      type: 'risk-score',
      summary: 's',
      indicator: 'info',
      detail: '| a | b |\n|---|---|\n| 1 | 2 |',
      citations: [SEYMOUR_QSOFA_2016],
    });
    // A citation with a DOI is listed once, as its link: not again in the detail.
    expect(card.detail).not.toContain('**Sources**');
    expect(card.detail).not.toContain('Assessment of Clinical Criteria for Sepsis');
    expect(card.links).toEqual([
      {
        label: expect.stringContaining('Seymour CW 2016'),
        url: 'https://doi.org/10.1001/jama.2016.0288',
        type: 'absolute',
      },
    ]);
  });

  it('lists each citation once: a linked one as a link, one without a link as a reference line in the detail', () => {
    const { doi: _doi, ...withoutDoi } = SEYMOUR_QSOFA_2016;
    const unlinked = { ...withoutDoi, title: 'A report with no link' };
    const { card } = buildCard({
      type: 'risk-score',
      summary: 's',
      indicator: 'info',
      detail: 'Body.',
      citations: [RCP_NEWS2_2017, unlinked],
    });
    expect(card.links?.map((l) => l.label)).toEqual([expect.stringContaining('Royal College of Physicians 2017')]);
    expect(card.detail).toContain('**Sources**');
    expect(card.detail).toContain('*A report with no link*');
    expect(card.detail).not.toContain('National Early Warning Score');
    const everything = `${card.detail ?? ''}\n${(card.links ?? []).map((l) => l.label).join('\n')}`;
    expect(everything.match(/Seymour|Royal College/g)).toHaveLength(2);
  });

  it('gives each card a fresh UUID, the Meridian source and the card type as its topic', () => {
    const a = buildCard({ type: 'red-flag', summary: 's', indicator: 'info' }).card;
    const b = buildCard({ type: 'red-flag', summary: 's', indicator: 'info' }).card;
    expect(a.uuid).not.toBe(b.uuid);
    expect(a.source).toMatchObject({
      label: 'Meridian clinical decision support',
      topic: { code: 'red-flag', system: 'https://meridian.dev/fhir/CodeSystem/cds-card-type' },
    });
  });
});
