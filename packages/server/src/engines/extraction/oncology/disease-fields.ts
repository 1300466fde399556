/**
 * cancer_type, stage, response and metastasis_site from a note.
 *
 * @module
 */
import { analyseSentence, classifyMention } from '../assertion/context.js';
import { splitSentences } from '../text/sentences.js';
import {
  CANCER_DESCRIPTORS,
  CANCER_HEADS,
  CANCER_SITES,
  METASTASIS_SITES,
  RESPONSES,
  STANDALONE_CANCERS,
} from './oncology-lexicon.js';

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
const CANCER = new RegExp(
  String.raw`\b(?:(${alt(CANCER_DESCRIPTORS)})\s+)?(?:(${alt(CANCER_SITES)})\s+(${alt(CANCER_HEADS)})|(${alt(STANDALONE_CANCERS)}))\b`,
  'iu',
);
const STAGE = /\bstage\s+(IV|III|II|I|[0-4])([A-C])?\b/iu;
const RESPONSE = new RegExp(String.raw`\b(?:${alt(RESPONSES)})\b`, 'giu');
const SITE = new RegExp(
  String.raw`\b(${alt(Object.keys(METASTASIS_SITES))})\s+(?:metastas[ie]s|mets|involvement|spread)\b|\bmetasta(?:ses|sis|tic)\s+to\s+(?:the\s+)?(${alt(Object.keys(METASTASIS_SITES))})\b`,
  'giu',
);

/**
 * The cancer named first: "<site> <head> (<descriptor>)" or the one-word name.
 *
 * @example
 * ```ts
 * cancerType('metastatic cutaneous melanoma'); // 'melanoma (cutaneous)'
 * ```
 */
export function cancerType(text: string): string | null {
  const m = CANCER.exec(text);
  if (!m) return null;
  const core = (m[4] ?? `${m[2]} ${m[3]}`).toLowerCase();
  return m[1] ? `${core} (${m[1].toLowerCase()})` : core;
}

/**
 * The stage as written ("IV", "3"), else "metastatic" when the cancer is
 * called metastatic, else null.
 *
 * @example
 * ```ts
 * stageOf('Stage IIIB NSCLC'); // 'IIIB'
 * ```
 */
export function stageOf(text: string): string | null {
  const m = STAGE.exec(text);
  if (m) return `${m[1]!.toUpperCase()}${m[2]?.toUpperCase() ?? ''}`;
  return /\bmetastatic\b/iu.test(text) ? 'metastatic' : null;
}

/**
 * The responses named, in order; "no evidence of disease" only when no other is.
 *
 * @example
 * ```ts
 * responseOf('partial response, later progressive disease'); // 'partial response; progressive disease'
 * ```
 */
export function responseOf(text: string): string | null {
  const found = [...new Set([...text.matchAll(RESPONSE)].map((m) => m[0].toLowerCase()))];
  const specific = found.filter((r) => r !== 'no evidence of disease');
  const out = specific.length > 0 ? specific : found;
  return out.length > 0 ? out.join('; ') : null;
}

/**
 * The metastasis sites named and not negated ("no distant metastases").
 *
 * @example
 * ```ts
 * metastasisSites('Liver metastases. No brain metastases.'); // 'liver'
 * ```
 */
export function metastasisSites(text: string): string | null {
  const sites: string[] = [];
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const analysed = analyseSentence(sentence, s.start);
    for (const m of sentence.matchAll(SITE)) {
      const word = (m[1] ?? m[2] ?? '').toLowerCase();
      const start = s.start + m.index;
      if (classifyMention(analysed, start, start + m[0].length).has('negated')) continue;
      const site = METASTASIS_SITES[word];
      if (site && !sites.includes(site)) sites.push(site);
    }
  }
  return sites.length > 0 ? sites.join('; ') : null;
}
