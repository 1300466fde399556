import { describe, expect, it } from 'vitest';
import { isSafeText } from '../../engines/safety/guard-text.js';
import { chunkDocument } from './chunk-document.js';
import { DEMO_GUIDELINES } from './demo-corpus.js';
import { minimalPdf } from './testing/minimal-pdf.js';
import { extractPdfText } from './extract-pdf-text.js';
import { fuseByReciprocalRank } from './rrf.js';

describe('chunkDocument', () => {
  it('chunks by heading path', () => {
    const chunks = chunkDocument('# Sepsis\nIntro.\n## Signs\nFever.\n## Risk\nAge.\n# Other\nText.', 'T');
    expect(chunks).toEqual([
      { heading: 'Sepsis', text: 'Intro.' },
      { heading: 'Sepsis › Signs', text: 'Fever.' },
      { heading: 'Sepsis › Risk', text: 'Age.' },
      { heading: 'Other', text: 'Text.' },
    ]);
  });

  it('splits long sections into overlapping windows no larger than the limit', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} about sepsis recognition.`).join(' ');
    const chunks = chunkDocument(`# Long\n${sentences}`, 'T', { maxChars: 300, overlapChars: 60 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(300);
    for (let i = 1; i < chunks.length; i++) {
      const tail = chunks[i - 1]!.text.slice(-30);
      expect(chunks[i]!.text.includes(tail.slice(tail.indexOf(' ') + 1, tail.indexOf(' ') + 12))).toBe(true);
    }
    const all = chunks.map((c) => c.text).join(' ');
    for (let i = 0; i < 60; i++) expect(all).toContain(`number ${i} `);
  });

  it('puts plain text under the title', () => {
    expect(chunkDocument('Just a paragraph.', 'My title')).toEqual([
      { heading: 'My title', text: 'Just a paragraph.' },
    ]);
  });
});

describe('demo corpus', () => {
  it('every chunk has a federal source URL and names no dose', () => {
    for (const doc of DEMO_GUIDELINES) {
      expect(doc.sourceUrl).toMatch(/^https:\/\/(www\.cdc\.gov|www\.nhlbi\.nih\.gov|psnet\.ahrq\.gov)\//);
      for (const chunk of chunkDocument(doc.content, doc.title)) expect(isSafeText(chunk.text), chunk.text).toBe(true);
    }
  });
});

describe('extractPdfText', () => {
  it('reads each page of a PDF as a section', async () => {
    const text = await extractPdfText(
      minimalPdf([['Sepsis signs', 'Fever and confusion'], ['Second page']]).toString('base64'),
    );
    expect(text).toMatch(/# Page 1\n.*Sepsis signs/s);
    expect(text).toMatch(/Fever and confusion/);
    expect(text).toMatch(/# Page 2\n.*Second page/s);
  });
  it('refuses what is not a PDF with a 400', async () => {
    await expect(extractPdfText(Buffer.from('hello').toString('base64'))).rejects.toMatchObject({
      code: 'validation-failed',
    });
    await expect(extractPdfText(Buffer.from('%PDF-1.4 garbage').toString('base64'))).rejects.toMatchObject({
      code: 'validation-failed',
    });
  });
});

describe('fuseByReciprocalRank', () => {
  it('rewards ids ranked well in several lists', () => {
    const fused = fuseByReciprocalRank([
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
    ]);
    expect(fused[0]!.id).toBe('b');
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61);
  });
});
