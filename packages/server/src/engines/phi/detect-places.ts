/**
 * Geography smaller than a state: street addresses, ZIP codes (after a
 * state, or cued), hospitals and clinics ("St. Luke's Hospital", "Mt. Sinai",
 * "Boston Medical Center"), and cities from the lexicon.
 *
 * @module
 */
import { insideWord, LETTER, LOWER, UPPER } from './latin-letters.js';
import { phiSpan, type PhiSpan } from './phi-types.js';
import { AMBIGUOUS_NAMES, CITY_FIRST_WORDS, CITY_NAMES, COUNTRY_NAMES } from './lexicons/name-lexicon.js';
import { US_STATES } from './lexicons/us-states.js';
import { EPONYMS } from './lexicons/clinical-terms.js';

const CAP = `[${UPPER}][${LETTER}'’.-]*`;
const SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Alley|Crescent|Close|Strasse|Straße|Gasse|Weg|Rue|Via|Calle|Piazza)';
const UNIT = '(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|#)\\.?\\s*[\\w-]+)';
const ADDRESS = new RegExp(
  [
    `\\b\\d{1,6}[A-Za-z]?(?:\\s+\\d{1,5})?\\s+(?:[NSEW]\\.?\\s+)?(?:${CAP}\\s+){0,3}${CAP}\\s+${SUFFIX}\\b\\.?${UNIT}?`,
    `\\b(?:${CAP}\\s+){0,2}${CAP}(?:strasse|straße|gasse|weg|vej|gatan|katu|tie)\\s+\\d{1,5}[a-z]?\\b${UNIT}?`,
    `\\b\\d{1,6}\\s+(?:${CAP}\\s+){0,2}${CAP}\\s+\\d{1,5}[a-z]?\\b${UNIT}?`,
    `\\b(?:Piazza|Via|Rue|Calle|Avenida|Rua)\\s+(?:${CAP}\\s+){0,3}${CAP}\\s+\\d{1,5}\\b`,
    `\\b(?:P\\.?\\s?O\\.?\\s+Box|Unit\\s+\\d+\\s+Box|Apt\\.?|Apartment|Suite)\\s+[\\w-]*\\d[\\w-]*`,
  ].join('|'),
  'g',
);
const FACILITY_WORDS =
  "(?:Hospital|Medical Center|Medical Centre|Health Center|Health System|Cancer Center|Clinic|Infirmary|Institute|Hospice|Nursing Home|Rehabilitation Center|Rehab Center|Urgent Care|General|Memorial|Children's|Medical|Med\\.?(?:\\s+(?:Center|Ctr))?|Hosp\\.?)";
const FACILITY_KEYWORD = new RegExp(
  `\\b${FACILITY_WORDS}(?:\\s+(?:Hospital|Center|Centre|of\\s+${CAP}(?:\\s+${CAP})?))?`,
  'g',
);
const NAMED_BEFORE = new RegExp(`(?:${CAP}[\\s-]+){1,4}$`, 'u');
const FACILITY = new RegExp(
  [
    `\\b(?:(?:St|Mt|Ste)\\.?|Saint|Mount)\\s+${CAP}(?:\\s+(?!(?:Dr|Mr|Mrs|Ms|Prof|Miss)\\b)${CAP}){0,3}`,
    `\\b(?:Memorial|Children's|University)\\s+(?:${CAP}\\s*){1,3}`,
    `\\b(?:John['’]?s Hopkins|Mayo Clinic|Cleveland Clinic|Mass(?:achusetts)? General|Cedars?[- ]Sinai|Baylor|Sloan[ -]Kettering|Kaiser(?: Permanente)?|NYU(?: Langone)?|Beth Israel|MD Anderson|Brigham(?: and Women's)?|Stanford|Vanderbilt|Emory|Northwestern|Presbyterian|Langone|UCSF|UCLA|UCSD|UPMC|NYC|NIH Clinical Center)\\b(?:\\s+${FACILITY_WORDS})?`,
  ].join('|'),
  'g',
);
const PLACE_RUN = new RegExp(`[${UPPER}][${LOWER}'’.-]+(?:[ -][${UPPER}][${LOWER}'’.-]+){0,3}`, 'g');
const VISIT_CUE =
  /\b(?:seen|observed|treated|admitted|presented|visited|evaluated|assessed|examined|hospitali[sz]ed|discharged|transferred|referred|followed|operated|managed|diagnosed|attended|last seen|lives|living|resides|residing)\s+(?:at|to|in|from)\s+(?:the\s+)?(?=[A-Z\u00C0-\u024F])/gi;
const PLACE_CUE = /\b(?:in|at|from|near|to|of|around|outside|lives in|resides in|moved to)\s+$/i;
const STATE_WORDS = [...US_STATES]
  .map((s) => (s.length === 2 ? s.toUpperCase() : s.replace(/^./, (c) => c.toUpperCase())))
  .join('|');
const FIVE_DIGITS = /\b\d{5}(?:-\d{4})?\b/g;
const ZIP_CUE = new RegExp(`\\b(?:${STATE_WORDS}|[Zz]ip|ZIP|[Zz]ip [Cc]ode|[Pp]ostal [Cc]ode):?,?\\s+$`);

/**
 * Finds addresses, ZIP codes, facilities and cities.
 *
 * @example
 * ```ts
 * detectPlaces('lives at 12 Oak Street, Boston, MA 02118'); // ADDRESS, LOCATION 'Boston', ZIP '02118'
 * ```
 */
export function detectPlaces(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const m of text.matchAll(ADDRESS))
    spans.push(phiSpan('ADDRESS', text, m.index, m.index + m[0].replace(/[\s,.]+$/, '').length, 'rules'));
  for (const m of text.matchAll(FACILITY_KEYWORD)) {
    const named = NAMED_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (named)
      spans.push(phiSpan('LOCATION', text, m.index - named[0].length, m.index + m[0].trimEnd().length, 'rules'));
  }
  for (const m of text.matchAll(FACILITY))
    spans.push(
      phiSpan('LOCATION', text, m.index, m.index + m[0].trimEnd().replace(/(?<=\p{Ll}{2})\.$/u, '').length, 'rules'),
    );
  for (const m of text.matchAll(FIVE_DIGITS)) {
    if (ZIP_CUE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      spans.push(phiSpan('ZIP', text, m.index, m.index + m[0].length, 'rules'));
  }
  const visits = new Set<number>();
  for (const m of text.matchAll(VISIT_CUE)) visits.add(m.index + m[0].length);
  for (const m of text.matchAll(PLACE_RUN)) {
    if (insideWord(text, m.index)) continue;
    const run = m[0].replace(/[.]$/, '').toLowerCase();
    if (visits.has(m.index) && !EPONYMS.has(run) && !COUNTRY_NAMES.has(run) && !US_STATES.has(run)) {
      spans.push(phiSpan('LOCATION', text, m.index, m.index + m[0].replace(/[.]$/, '').length, 'rules'));
      continue;
    }
    const city = longestCity(m[0]);
    if (!city) continue;
    const ambiguous = AMBIGUOUS_NAMES.has(city.toLowerCase()) || US_STATES.has(city.toLowerCase());
    if (ambiguous && !PLACE_CUE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (US_STATES.has(city.toLowerCase()) || EPONYMS.has(city.toLowerCase()) || COUNTRY_NAMES.has(city.toLowerCase()))
      continue;
    spans.push(phiSpan('LOCATION', text, m.index, m.index + city.length, 'lexicon'));
  }
  return spans;
}

/** The longest leading part of a capitalised run that the city lexicon knows. */
function longestCity(run: string): string | undefined {
  const head = /^[^ -]+/.exec(run)![0].replace(/[.]$/, '').toLowerCase();
  if (!CITY_FIRST_WORDS.has(head)) return undefined;
  const words = run.split(/(?<=[ -])/);
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join('').replace(/[ -]$/, '').replace(/[.]$/, '');
    if (CITY_NAMES.has(candidate.toLowerCase())) return candidate;
  }
  return undefined;
}
