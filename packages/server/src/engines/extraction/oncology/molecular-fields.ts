/**
 * gene_mutation and biomarker from a note.
 *
 * @module
 */
import { BIOMARKERS, GENES } from './oncology-lexicon.js';

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
const VARIANT = String.raw`(?:exon\s+\d+\s+(?:deletion|insertion|skipping|mutation)|[A-Z]\d{1,4}[A-Z*]|(?:germline|somatic)\s+mutation|fusion|rearrangement|amplification)`;
const GENE = new RegExp(
  String.raw`\b(${alt(GENES)})\s+(${VARIANT})|\b(${alt(GENES)})(?:\s+gene)?\s+(mutation|mutated|mutant)\b`,
  'gu',
);
const NUMERIC = String.raw`(?:\s+(?:levels?|of|was|is|at))*\s+(\d+(?:\.\d+)?\s*(?:%|ng\/mL|U\/mL|ng\/ml|u\/ml|IU\/mL))`;
const STATUS = String.raw`(?:\s+(?:testing|status|was|is|by\s+IHC))*\s+(positive|negative|high|low|amplified|\d\+)`;
const MARKER = new RegExp(String.raw`(?<![\w-])(${alt(BIOMARKERS)})(?:${NUMERIC}|${STATUS}|-(high|low|H|L)\b|\b)`, 'g');
const IHC = /\bIHC\s+(\d\+)/u;

/**
 * The gene alterations named: "EGFR exon 19 deletion", "KRAS G12D",
 * "BRCA1 germline mutation"; a gene followed by "mutation" alone keeps it.
 *
 * @example
 * ```ts
 * geneMutations('KRAS G12D mutation detected'); // 'KRAS G12D'
 * ```
 */
export function geneMutations(text: string): string | null {
  const out: string[] = [];
  for (const m of text.matchAll(GENE)) {
    const value = m[1] ? `${m[1]} ${m[2]}` : `${m[3]} mutation`;
    if (!out.some((o) => o.startsWith(value.split(' ')[0]!))) out.push(value);
  }
  return out.length > 0 ? out.join('; ') : null;
}

/**
 * The biomarkers named, each once, with its first value or status:
 * "PD-L1 5%", "TMB-high", "HER2 positive (IHC 3+)", "PSA 145 ng/mL"; a
 * serum marker named without a value is kept by name ("CEA").
 *
 * @example
 * ```ts
 * biomarkers('HER2 testing positive by IHC 3+'); // 'HER2 positive (IHC 3+)'
 * ```
 */
export function biomarkers(text: string): string | null {
  const seen = new Map<string, string>();
  for (const m of text.matchAll(MARKER)) {
    const name = m[1]!;
    if (seen.has(name) && seen.get(name) !== name) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const ihc = IHC.exec(after);
    let value = name;
    if (m[2]) value = `${name} ${m[2].replace(/\s+/gu, ' ')}`;
    else if (m[3])
      value = `${name} ${m[3].toLowerCase()}${ihc && /^(positive|negative)$/iu.test(m[3]) ? ` (IHC ${ihc[1]})` : ''}`;
    else if (m[4]) value = `${name}-${m[4].length === 1 ? (m[4] === 'H' ? 'high' : 'low') : m[4]}`;
    else if (!['PSA', 'CA-125', 'CA 19-9', 'CEA', 'AFP'].includes(name)) continue;
    seen.set(name, value);
  }
  return seen.size > 0 ? [...seen.values()].join('; ') : null;
}
