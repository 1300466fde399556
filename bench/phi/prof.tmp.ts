import { clinicalQueries, presidioSynthetic } from './phi-datasets.js';
import { detectContacts } from '../../packages/server/src/engines/phi/detect-contact.js';
import { detectDates } from '../../packages/server/src/engines/phi/detect-dates.js';
import { detectIdentifiers } from '../../packages/server/src/engines/phi/detect-identifiers.js';
import { detectNames } from '../../packages/server/src/engines/phi/detect-names.js';
import { detectPlaces } from '../../packages/server/src/engines/phi/detect-places.js';
import { detectPhi } from '../../packages/server/src/engines/phi/detect-phi.js';
import { median } from '../stats.js';
const corpus = [...clinicalQueries(), ...presidioSynthetic()].map((r) => r.text).join('\n');
const text = corpus.repeat(Math.ceil(1e6 / corpus.length));
const res: Record<string, number[]> = {};
for (let r = 0; r < 7; r++) for (const [n, f] of [['contacts', detectContacts], ['dates', detectDates], ['ids', detectIdentifiers], ['names', detectNames], ['places', detectPlaces], ['all', detectPhi]] as const) {
  const t = process.hrtime.bigint(); f(text); (res[n] ??= []).push(Number(process.hrtime.bigint() - t) / 1e6);
}
for (const [n, xs] of Object.entries(res)) console.log(n, median(xs).toFixed(0), 'ms/MB');
