/**
 * bench/concept-recognition: how many Conditions and medication resources of
 * the fixture patient bundles each calculator input recognises, by every
 * coding and text, and by codes alone (display and text removed, as many EHR
 * feeds send them). Every resource is counted whatever its status, because
 * the question is whether its codes are understood.
 *
 *   npm run bench:concepts
 */
import { RISK_CALCULATORS } from '../packages/server/src/engines/risk/index.js';
import { conditionMatch, medicationMatch } from '../packages/server/src/engines/risk/core/coded-match.js';
import { PATIENT_BUNDLES, readFixture } from '../fixtures/locate.js';

interface Entry {
  codes: { system?: string; code?: string; display?: string }[];
  text?: string;
}

/** Every Condition and MedicationRequest/Statement of the bundles, read with no status filter. */
/** The fields of a Synthea resource this bench reads. */
interface BundleResource {
  resourceType: string;
  id?: string;
  code?: { coding?: Entry['codes']; text?: string };
  medicationCodeableConcept?: { coding?: Entry['codes']; text?: string };
  medicationReference?: { reference?: string };
}

function entriesOf(kind: 'condition' | 'medication'): Entry[] {
  const out: Entry[] = [];
  for (const file of PATIENT_BUNDLES) {
    const bundle = readFixture<{ entry: { resource: BundleResource }[] }>(file);
    const all = bundle.entry.map((e) => e.resource);
    for (const r of all) {
      if (kind === 'condition' && r.resourceType === 'Condition')
        out.push({ codes: r.code?.coding ?? [], text: r.code?.text });
      if (
        kind === 'medication' &&
        (r.resourceType === 'MedicationRequest' || r.resourceType === 'MedicationStatement')
      ) {
        const concept =
          r.medicationCodeableConcept ??
          all.find((m) => m.resourceType === 'Medication' && `Medication/${m.id}` === r.medicationReference?.reference)
            ?.code;
        out.push({ codes: concept?.coding ?? [], text: concept?.text });
      }
    }
  }
  return out;
}

const codesOnly = (e: Entry): Entry => ({ codes: e.codes.map(({ system, code }) => ({ system, code })) });

const conditions = entriesOf('condition');
const medications = entriesOf('medication');
console.log(
  `concept recognition: ${conditions.length} Conditions, ${medications.length} MedicationRequest/Statement in ${PATIENT_BUNDLES.length} fixture bundles`,
);
console.log('| calculator input | resources | recognised | by codes alone |');
console.log('|---|---|---|---|');
for (const calculator of Object.values(RISK_CALCULATORS)) {
  for (const input of calculator.inputs) {
    const conditionConcepts = input.sources.flatMap((s) => (s.from === 'condition' ? [s.concept] : []));
    const medicationConcepts = input.sources.flatMap((s) => (s.from === 'medication' ? [s.medication] : []));
    if (conditionConcepts.length > 0) {
      const hit = (e: Entry) => conditionConcepts.some((concept) => conditionMatch(e, concept) !== undefined);
      console.log(
        `| ${calculator.id} ${input.name} | Condition | ${conditions.filter(hit).length} | ${conditions.map(codesOnly).filter(hit).length} |`,
      );
    }
    if (medicationConcepts.length > 0) {
      const hit = (e: Entry) => medicationConcepts.some((concept) => medicationMatch(e, concept) !== undefined);
      console.log(
        `| ${calculator.id} ${input.name} | Medication | ${medications.filter(hit).length} | ${medications.map(codesOnly).filter(hit).length} |`,
      );
    }
  }
}
