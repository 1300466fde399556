// The Meridian SDK in ten lines. Start the server (`npm start` at the repository root), then:
//   MERIDIAN_API_KEY=<the demo key it printed> npm run quickstart
import { Meridian } from '@meridian/sdk';

const meridian = new Meridian({
  baseUrl: process.env.MERIDIAN_URL ?? 'http://localhost:8080',
  apiKey: process.env.MERIDIAN_API_KEY,
});
const { results } = await meridian.risk.assess({
  patient: 'Patient/demo-ada',
  calculators: ['news2', 'qsofa'],
  answers: { consciousness: 'A', supplementalOxygen: false },
});
for (const r of results)
  console.log(`${r.title}: ${r.total ?? 'incomplete'} (${r.interpretations[0]?.band?.label ?? 'band not determined'})`);
const heartRates = await meridian.fhir.search('Observation', {
  patient: 'Patient/demo-ada',
  code: 'http://loinc.org|8867-4',
});
console.log(`Heart rate readings on record: ${heartRates.resources.length}`);
const { valid, eventsChecked } = await meridian.audit.verify();
console.log(`Audit chain ${valid ? 'intact' : 'BROKEN'}: ${eventsChecked} events verified`);
