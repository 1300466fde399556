/**
 * Reading coded findings: level of consciousness (ACVPU), supplemental oxygen and smoking status.
 * A finding whose codes Meridian does not recognise is missing (with an `unrecognised-code`
 * warning), never guessed.
 *
 * @module
 */
import type { CodedFinding } from '@meridian/fhir-adapter';
import { findMatchingCoding } from '../codes/code-set.js';
import { ACVPU_LEVELS, ON_OXYGEN_CODES, ROOM_AIR_CODES, type AcvpuLevel } from '../codes/finding-codes.js';
import type { InputDefinition, Provenance } from '../types.js';
import { CURRENT_SMOKER, NOT_CURRENT_SMOKER } from '../codes/finding-concepts.js';
import { matchInfo } from './coded-match.js';
import { codingsOf, type InputReader, type Resolved } from './input-reader.js';

const recordOf = (f: CodedFinding): Extract<Provenance, { kind: 'record' }> => ({
  kind: 'record',
  source: f.source,
  effective: f.effective,
  stale: f.stale,
});

/** A finding usable under the input's staleness policy, or undefined (a stale one is warned about). */
function usableFinding(
  reader: InputReader,
  def: InputDefinition,
  finding: CodedFinding | undefined,
): CodedFinding | 'stale' | undefined {
  if (!finding) return undefined;
  if (!finding.stale) return finding;
  if (def.policy.whenStale === 'missing') {
    reader.warn(
      'stale-value-ignored',
      def,
      finding.source,
      `${def.name}: the latest finding (${finding.effective}) is stale and was not used.`,
    );
    return 'stale';
  }
  reader.warn('stale-value-used', def, finding.source, `${def.name}: a stale finding (${finding.effective}) was used.`);
  return finding;
}

/** Level of consciousness on the ACVPU scale (answer `A`/`C`/`V`/`P`/`U`, or the finding's codes). */
export function readAcvpu(reader: InputReader, def: InputDefinition): Resolved<AcvpuLevel> {
  const answered = reader.fromAnswer<AcvpuLevel>(def);
  return answered.known ? answered : readAcvpuFromRecord(reader, def);
}

/** The shared clinician answer `consciousness` (ACVPU), as NEWS2 declares it. */
const ACVPU_ANSWER: InputDefinition = {
  name: 'consciousness',
  description: 'Level of consciousness on the ACVPU scale (A, new Confusion, V, P, U).',
  sources: [],
  answer: { type: 'choice', options: ['A', 'C', 'V', 'P', 'U'] },
  policy: { whenNotRecorded: 'missing', whenStale: 'missing' },
};

/**
 * The level-of-consciousness finding read as a yes/no "not Alert" (new confusion, V, P or U), for
 * inputs such as qSOFA altered mentation and CURB-65 confusion. A clinician answer (boolean) wins,
 * then the clinician's ACVPU answer (`consciousness`), then the record.
 */
export function readNotAlert(reader: InputReader, def: InputDefinition): Resolved<boolean> {
  const answered = reader.fromAnswer<boolean>(def);
  if (answered.known) return answered;
  // The clinician's ACVPU answer (NEWS2's `consciousness`) answers this too: anything but Alert.
  const acvpu = reader.answer(ACVPU_ANSWER);
  if (typeof acvpu === 'string') {
    return reader.use(def, acvpu !== 'A', {
      kind: 'derived',
      detail: `from the clinician's ACVPU answer (consciousness = ${acvpu})`,
      sources: [],
    });
  }
  const level = readAcvpuFromRecord(reader, def);
  const provenance = reader.reportsFor([def])[0]?.provenance;
  return level.known && provenance ? reader.use(def, level.value !== 'A', provenance) : { known: false };
}

/** The ACVPU level from the record only. */
function readAcvpuFromRecord(reader: InputReader, def: InputDefinition): Resolved<AcvpuLevel> {
  const finding = usableFinding(reader, def, reader.context.findings.levelOfConsciousness);
  if (finding === undefined) return reader.miss(def);
  if (finding === 'stale') return reader.miss(def, 'stale');
  for (const { level, codeSet } of ACVPU_LEVELS) {
    if (findMatchingCoding(codingsOf(finding.value), codeSet)) return reader.use(def, level, recordOf(finding));
  }
  reader.warn(
    'unrecognised-code',
    def,
    finding.source,
    `${def.name}: the level-of-consciousness code is not an ACVPU value Meridian recognises.`,
  );
  return reader.miss(def, 'unrecognised-code');
}

/**
 * Whether the patient is on supplemental oxygen: the `supplementalOxygen` finding (boolean or
 * room-air/oxygen codes), else inhaled oxygen flow (> 0 L/min) or concentration (> 21 %).
 */
export function readSupplementalOxygen(reader: InputReader, def: InputDefinition): Resolved<boolean> {
  const answered = reader.fromAnswer<boolean>(def);
  if (answered.known) return answered;
  let staleSeen = false;
  const finding = usableFinding(reader, def, reader.context.findings.supplementalOxygen);
  if (finding === 'stale') staleSeen = true;
  else if (finding) {
    if (typeof finding.value === 'boolean') return reader.use(def, finding.value, recordOf(finding));
    if (findMatchingCoding(finding.value, ON_OXYGEN_CODES)) return reader.use(def, true, recordOf(finding));
    if (findMatchingCoding(finding.value, ROOM_AIR_CODES)) return reader.use(def, false, recordOf(finding));
    reader.warn('unrecognised-code', def, finding.source, `${def.name}: the oxygen finding's code is not recognised.`);
  }
  const { inhaledOxygenFlow: flow, inhaledOxygenConcentration: fio2 } = reader.context.measurements;
  for (const [m, onOxygen] of [
    [flow, (v: number) => v > 0],
    [fio2, (v: number) => v > 21],
  ] as const) {
    if (!m) continue;
    if (m.stale && def.policy.whenStale === 'missing') {
      staleSeen = true;
      continue;
    }
    const detail = `${m.concept} ${m.value} ${m.unit}`;
    return reader.use(def, onOxygen(m.value), { kind: 'derived', detail, sources: [m.source] });
  }
  return reader.miss(def, staleSeen ? 'stale' : finding ? 'unrecognised-code' : 'not-recorded');
}

/** Whether the patient is a current smoker (answer, or the smoking-status finding). */
export function readCurrentSmoker(reader: InputReader, def: InputDefinition): Resolved<boolean> {
  const answered = reader.fromAnswer<boolean>(def);
  if (answered.known) return answered;
  const finding = usableFinding(reader, def, reader.context.findings.smokingStatus);
  if (finding === undefined) return reader.miss(def);
  if (finding === 'stale') return reader.miss(def, 'stale');
  if (typeof finding.value === 'boolean') return reader.use(def, finding.value, recordOf(finding));
  for (const [concept, current] of [
    [CURRENT_SMOKER, true],
    [NOT_CURRENT_SMOKER, false],
  ] as const) {
    const match = concept.match(finding.value);
    if (match) return reader.use(def, current, { ...recordOf(finding), match: matchInfo(concept.id, match) });
  }
  reader.warn(
    'unrecognised-code',
    def,
    finding.source,
    `${def.name}: the smoking status does not say whether the patient currently smokes.`,
  );
  return reader.miss(def, 'unrecognised-code');
}
