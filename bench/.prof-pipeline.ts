import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPatientContext } from '@meridian/fhir-adapter';
import { runCalculators } from '../packages/server/src/engines/risk/index.js';
import { FIXTURES_DIR, PATIENT_BUNDLES } from '../fixtures/locate.js';
const texts = PATIENT_BUNDLES.map((file) => readFileSync(join(FIXTURES_DIR, file), 'utf8'));
const mode = process.env.MODE ?? 'full';
const t0 = Date.now();
let n = 0;
const secs = Number(process.env.SECS ?? 6);
while (Date.now() - t0 < secs * 1000) {
  for (const t of texts) {
    const o = JSON.parse(t);
    if (mode === 'full') runCalculators(buildPatientContext(o, { referenceTime: '2024-01-01T00:00:00Z' }));
    else if (mode === 'ctx') buildPatientContext(o, { referenceTime: '2024-01-01T00:00:00Z' });
    n++;
  }
}
console.log(mode, 'per s', n / secs);
