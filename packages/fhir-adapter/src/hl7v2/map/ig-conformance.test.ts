/**
 * The mapping follows the HL7 V2-to-FHIR IG's own tables (fixtures/hl7v2/v2-to-fhir-maps):
 * every field Meridian claims to map lands in the element the segment CSV names, with the
 * values the CSV assigns, and every vocabulary entry agrees with the code system CSV.
 */
import { describe, expect, it } from 'vitest';
import {
  AL1_FIELD_TARGETS,
  DG1_FIELD_TARGETS,
  IG_VOCABULARY,
  mapHl7Message,
  MERIDIAN_VOCABULARY_ADDITIONS,
  MERIDIAN_VOCABULARY_DEVIATIONS,
  NK1_FIELD_TARGETS,
  IN1_FIELD_TARGETS,
  NTE_FIELD_TARGETS,
  OBR_FIELD_TARGETS,
  OBX_FIELD_TARGETS,
  ORC_FIELD_TARGETS,
  parseHl7Message,
  PR1_FIELD_TARGETS,
  PV2_FIELD_TARGETS,
  SPM_FIELD_TARGETS,
  PID_FIELD_TARGETS,
  PV1_FIELD_TARGETS,
  type VocabularyName,
} from '../../index.js';
import { igMapRows, igVocabulary, type IgMapRow } from '../testing/hl7-fixtures.js';

type Json = Record<string, unknown>;

/** Every value at an IG path (`[n]` indexes ignored: any element may match; `x.extension` of a primitive reads `_x`). */
function valuesAt(resource: unknown, path: string): unknown[] {
  let current: unknown[] = [resource];
  const steps = path
    .replace(/\[\d+(-\d+)?\]/g, '')
    .split('.')
    .filter((s) => s !== '' && s !== '$this');
  steps.forEach((step, i) => {
    current = current.flatMap((node) => {
      if (node === null || typeof node !== 'object') return [];
      const obj = node as Json;
      let value = obj[step];
      if (step !== 'extension' && steps[i + 1] === 'extension' && (typeof value !== 'object' || value === null))
        value = obj[`_${step}`];
      return value === undefined ? [] : Array.isArray(value) ? value : [value];
    });
  });
  return current;
}

const rootOf = (fhirPath: string) =>
  fhirPath
    .replace(/\[\d+(-\d+)?\]/g, '')
    .split(/[.(]/)[0]!
    .trim();
const literal = (assignment: string) =>
  /^\s*"[^"]*"\s*$/.test(assignment) ? assignment.trim().slice(1, -1).trim() : undefined;

const MSH = (type: string) => `MSH|^~\\&|LAB|HOSP|MER|HOSP|20240101120000+0000||${type}|C1|P|2.5.1`;
function line(base: string, field: number, value: string): string {
  const fields = base.split('|');
  while (fields.length <= field) fields.push('');
  fields[field] = value;
  return fields.join('|');
}

interface SegmentCase {
  csv: string;
  targets: Readonly<Record<string, string>>;
  resourceType: string;
  /** The message's lines; `{SEG}` is replaced by the segment under test. */
  lines: string[];
  base: string;
  /** Fields the base already values (present either way). */
  required: number[];
  samples: Record<string, { value: string; holds?: RegExp }>;
  /** IG assignments Meridian does not write, with the reason. */
  exceptions?: Record<string, string>;
}

const PID = 'PID|1||BASE1^^^H^MR';
const CASES: SegmentCase[] = [
  {
    csv: 'segments/PID[Patient].csv',
    targets: PID_FIELD_TARGETS,
    resourceType: 'Patient',
    lines: [MSH('ADT^A28^ADT_A05'), '{SEG}'],
    base: PID,
    required: [3],
    samples: {
      'PID-2': { value: 'ALT2^^^X' },
      'PID-3': { value: 'MRN3^^^AUTH&1.2.3&ISO^MR' },
      'PID-4': { value: 'ALT4^^^Y' },
      'PID-5': { value: 'DOE^JANE' },
      'PID-6': { value: 'SMITH' },
      'PID-7': { value: '198001021230', holds: /LENGTH GREATER THAN 8/ },
      'PID-8': { value: 'F' },
      'PID-9': { value: 'ALIAS^AL' },
      'PID-11': { value: '1 MAIN ST^^TOWN^ST^12345' },
      'PID-13': { value: '555-1234', holds: /PID-13.2 IS NOT VALUED/ },
      'PID-14': { value: '555-9999', holds: /PID-14.2 IS NOT VALUED/ },
      'PID-19': { value: '123-45-6789', holds: /in the US/ },
      'PID-29': { value: '20200101120000+0000' },
      'PID-30': { value: 'Y', holds: /PID-29 NOT VALUED/ },
    },
    exceptions: {
      'PID-19 identifier[4].system':
        'the IG value "http://hl7.org/fhir/sid/us-ssn." has a stray final dot; Meridian writes http://hl7.org/fhir/sid/us-ssn',
    },
  },
  {
    csv: 'segments/PV1[Encounter].csv',
    targets: PV1_FIELD_TARGETS,
    resourceType: 'Encounter',
    lines: [MSH('ADT^A01^ADT_A01'), PID, '{SEG}'],
    base: 'PV1|1|I',
    required: [2],
    samples: {
      'PV1-2': { value: 'E' },
      'PV1-3': { value: 'W1^R1^B1', holds: /NOT EQUALS "P"/ },
      'PV1-6': { value: 'W0^R0^B0' },
      'PV1-7': { value: '11^ATT^ANN' },
      'PV1-8': { value: '12^REF^RON' },
      'PV1-9': { value: '13^CON^CAT' },
      'PV1-10': { value: 'MED' },
      'PV1-11': { value: 'TMP^1' },
      'PV1-17': { value: '14^ADM^ADA' },
      'PV1-19': { value: 'V19^^^H' },
      'PV1-44': { value: '20240101080000+0000' },
      'PV1-45': { value: '20240102080000+0000' },
    },
    exceptions: {
      'PV1-11 location[3].extension.url':
        'the temporary-location classification extension is not written (the location is, with status active)',
      'PV1-11 location[3].extension.valueCodeableConcept.coding.code': 'as above',
      'PV1-11 location[3].extension.valueCodeableConcept.coding.system': 'as above',
    },
  },
  {
    csv: 'segments/AL1[AllergyIntolerance].csv',
    targets: AL1_FIELD_TARGETS,
    resourceType: 'AllergyIntolerance',
    lines: [MSH('ADT^A01^ADT_A01'), PID, 'PV1|1|I', '{SEG}'],
    base: 'AL1|1||^PEANUT',
    required: [3],
    samples: {
      'AL1-2': { value: 'FA' },
      'AL1-3': { value: '91935009^Allergy to peanut^SCT' },
      'AL1-4': { value: 'SV', holds: /was used equivalent to criticality/ },
      'AL1-5': { value: 'HIVES~WHEEZE' },
      'AL1-6': { value: '20100101' },
    },
    exceptions: {
      'AL1-2 category.extension[1].url': 'the original v2 category is not kept as an alternate-codes extension',
      'AL1-4 criticality.extension[1].url': 'the original v2 severity is not kept as an alternate-codes extension',
    },
  },
  {
    csv: 'segments/DG1[Condition].csv',
    targets: DG1_FIELD_TARGETS,
    resourceType: 'Condition',
    lines: [MSH('ADT^A01^ADT_A01'), PID, 'PV1|1|I', '{SEG}'],
    base: 'DG1|1||I10^Essential hypertension^I10',
    required: [3],
    samples: {
      'DG1-3': { value: 'I10^Essential hypertension^I10' },
      'DG1-4': { value: 'High blood pressure' },
      'DG1-5': { value: '20200101' },
      'DG1-19': { value: '20240101090000+0000' },
      'DG1-21': { value: 'D' },
    },
    exceptions: { 'DG1-19 extension[1].url': 'recordedDate is written; the asserted-date extension is not' },
  },
  {
    csv: 'segments/OBR[DiagnosticReport].csv',
    targets: OBR_FIELD_TARGETS,
    resourceType: 'DiagnosticReport',
    lines: [MSH('ORU^R01^ORU_R01'), PID, '{SEG}', 'OBX|1|NM|718-7^Hemoglobin^LN||13|g/dL|||||F'],
    base: 'OBR|1|||CBC^Blood count^L',
    required: [4],
    samples: {
      'OBR-2': { value: 'PL2^ORDAPP', holds: /ORC-2 of the same/ },
      'OBR-3': { value: 'FI3^LABAPP', holds: /ORC-3 of the same/ },
      'OBR-4': { value: '58410-2^CBC^LN' },
      'OBR-7': { value: '20240101080000+0000', holds: /OBR-8 NOT VALUED/ },
      'OBR-8': { value: '20240101090000+0000' },
      'OBR-22': { value: '20240101100000+0000' },
      'OBR-24': { value: 'HM' },
      'OBR-25': { value: 'F', holds: /OBR-25 VALUED/ },
    },
  },
  {
    csv: 'segments/OBX[Observation].csv',
    targets: OBX_FIELD_TARGETS,
    resourceType: 'Observation',
    lines: [MSH('ORU^R01^ORU_R01'), PID, 'OBR|1|||CBC^Blood count^L', '{SEG}'],
    base: 'OBX|1|NM|718-7^Hemoglobin^LN||13',
    required: [3, 5],
    samples: {
      'OBX-3': { value: '718-7^Hemoglobin^LN' },
      'OBX-5': { value: '14.5', holds: /OBX-2 EQUALS "NM"/ },
      'OBX-6': { value: 'g/dL', holds: /OBX-2 IN \("NA", "NM"\)/ },
      'OBX-7': { value: '12-16' },
      'OBX-8': { value: 'H' },
      'OBX-11': { value: 'X', holds: /OBX-11 IS "X"/ },
      'OBX-14': { value: '20240101081500+0000' },
    },
  },
  {
    csv: 'segments/ORC[ServiceRequest].csv',
    targets: ORC_FIELD_TARGETS,
    resourceType: 'ServiceRequest',
    lines: [
      MSH('ORU^R01^ORU_R01'),
      PID,
      '{SEG}',
      'OBR|1|||CBC^Blood count^L',
      'OBX|1|NM|718-7^Hemoglobin^LN||13|g/dL|||||F',
    ],
    base: 'ORC|NW',
    required: [1],
    samples: {
      'ORC-1': { value: 'NW' },
      'ORC-2': { value: 'PL2^ORDAPP', holds: /OBR-2 NOT VALUED/ },
      'ORC-3': { value: 'FI3^LABAPP', holds: /OBR-3 NOT VALUED/ },
      'ORC-5': { value: 'CM' },
      'ORC-9': { value: '20240101080000+0000' },
      'ORC-12': { value: '1001^DOC^ANN' },
    },
    exceptions: {
      'ORC-1 extension.url': 'the businessEvent extension (order control as an event) is not written',
      'ORC-1 extension[1].extension[1].url': 'the businessEvent extension is not written',
      'ORC-1 extension[1].extension[1].valueCodeableConcept.coding.system':
        'the businessEvent extension is not written',
      'ORC-9 extension[2].url': 'the businessEvent extension is not written; ORC-9 is authoredOn',
      'ORC-9 extension[2].extension[1].url': 'the businessEvent extension is not written; ORC-9 is authoredOn',
    },
  },
  {
    csv: 'segments/NTE[Observation].csv',
    targets: NTE_FIELD_TARGETS,
    resourceType: 'Observation',
    lines: [
      MSH('ORU^R01^ORU_R01'),
      PID,
      'OBR|1|||CBC^Blood count^L',
      'OBX|1|NM|718-7^Hemoglobin^LN||13|g/dL|||||F',
      '{SEG}',
    ],
    base: 'NTE|1||Sample slightly haemolysed',
    required: [3],
    samples: {
      'NTE-3': { value: 'Repeat advised' },
      'NTE-5': { value: '1001^DOC^ANN' },
      'NTE-6': { value: '20240101100000+0000' },
    },
  },
  {
    csv: 'segments/NK1[Patient].csv',
    targets: NK1_FIELD_TARGETS,
    resourceType: 'Patient',
    lines: [MSH('ADT^A01^ADT_A01'), PID, '{SEG}', 'PV1|1|I'],
    base: 'NK1|1|ROE^RICHARD',
    required: [2],
    samples: {
      'NK1-2': { value: 'ROE^RICHARD' },
      'NK1-3': { value: 'SPO^Spouse^HL70063' },
      'NK1-4': { value: '1 Main St^^Town^^12345' },
      'NK1-5': { value: '^PRN^PH^^^555^1234567' },
      'NK1-6': { value: '^WPN^PH^^^555^7654321' },
      'NK1-7': { value: 'EP^Emergency contact person^HL70131' },
      'NK1-8': { value: '20200101' },
      'NK1-9': { value: '20300101' },
      'NK1-15': { value: 'F' },
    },
  },
  {
    csv: 'segments/PR1[Procedure].csv',
    targets: PR1_FIELD_TARGETS,
    resourceType: 'Procedure',
    lines: [MSH('ADT^A01^ADT_A01'), PID, 'PV1|1|I', '{SEG}'],
    base: 'PR1|1||0DTJ4ZZ^Resection of appendix^ICD10PCS',
    required: [3],
    samples: {
      'PR1-3': { value: '80146002^Appendectomy^SCT' },
      'PR1-5': { value: '20240101083000+0000', holds: /PR1-7 NOT VALUED/ },
      'PR1-6': { value: 'A^Anesthesia^HL70230' },
      'PR1-8': { value: '2002^GAS^ANNA' },
      'PR1-11': { value: '2001^KNIFE^SAM' },
      'PR1-15': { value: 'K35.80^Acute appendicitis^I10' },
      'PR1-19': { value: 'PROC-1^HOSP' },
    },
  },
  {
    csv: 'segments/SPM[Specimen].csv',
    targets: SPM_FIELD_TARGETS,
    resourceType: 'Specimen',
    lines: [
      MSH('ORU^R01^ORU_R01'),
      PID,
      'OBR|1|||CBC^Blood count^L',
      'OBX|1|NM|718-7^Hemoglobin^LN||13|g/dL|||||F',
      '{SEG}',
    ],
    base: 'SPM|1|S1',
    required: [2],
    samples: {
      'SPM-2': { value: 'S2&LAB^F2&LAB' },
      'SPM-4': { value: 'BLD^Whole blood^HL70487' },
      'SPM-7': { value: 'VENIP^Venipuncture^HL70488' },
      'SPM-8': { value: 'LACF^Left antecubital fossa^HL70163' },
      'SPM-14': { value: 'Drawn after meal' },
      'SPM-17': { value: '20240101080000+0000', holds: /SPM-17.2 NOT VALUED/ },
      'SPM-18': { value: '20240101090000+0000' },
      'SPM-20': { value: 'Y' },
      'SPM-24': { value: 'HEM^Hemolyzed^HL70493' },
    },
  },
  {
    csv: 'segments/PV2[Encounter].csv',
    targets: PV2_FIELD_TARGETS,
    resourceType: 'Encounter',
    lines: [MSH('ADT^A01^ADT_A01'), PID, 'PV1|1|I', '{SEG}'],
    base: 'PV2|',
    required: [],
    samples: {
      'PV2-3': { value: '^Not feeling well' },
      'PV2-11': { value: '3' },
      'PV2-13': { value: '2003^REFER^RITA' },
    },
  },
  {
    csv: 'segments/IN1[Coverage].csv',
    targets: IN1_FIELD_TARGETS,
    resourceType: 'Coverage',
    lines: [MSH('ADT^A01^ADT_A01'), PID, 'PV1|1|I', '{SEG}'],
    base: 'IN1|1',
    required: [],
    samples: {
      'IN1-2': { value: 'PLAN-7' },
      'IN1-4': { value: 'PARTNERS HMO' },
      'IN1-12': { value: '20240101' },
      'IN1-13': { value: '20241231' },
      'IN1-15': { value: 'HMO^Health maintenance organization' },
      'IN1-17': { value: 'SEL^Self^HL70063' },
    },
  },
];

function mapped(c: SegmentCase, segment: string): Json {
  const text = c.lines.map((l) => (l === '{SEG}' ? segment : l)).join('\r');
  const resource = mapHl7Message(parseHl7Message(text))
    .bundle.entry.map((e) => e.resource as unknown as Json)
    .find((r) => r.resourceType === c.resourceType);
  expect(resource, `${c.resourceType} in the bundle`).toBeDefined();
  return resource!;
}

let assignmentsChecked = 0;

describe.each(CASES.map((c) => [c.csv, c] as const))('%s', (_csv, c) => {
  const rows = igMapRows(c.csv);
  it.each(Object.entries(c.targets))('%s lands in %s, as the IG says', (field, target) => {
    const igRows = rows.filter((r) => r.v2 === field);
    expect(igRows.length, `${field} has rows in ${c.csv}`).toBeGreaterThan(0);
    expect(
      igRows
        .map((r) => rootOf(r.fhir))
        .some((root) => root === target || (target === 'value' && root.startsWith('value'))),
    ).toBe(true);
    const n = Number(field.split('-')[1]);
    const sample = c.samples[field];
    expect(sample, `a sample value for ${field}`).toBeDefined();
    const withField = mapped(c, line(c.base, n, sample!.value));
    const landed = Object.keys(withField).filter((k) => k === target || (target === 'value' && k.startsWith('value')));
    expect(landed.length, `${field} fills ${target}`).toBeGreaterThan(0);
    if (!c.required.includes(n)) {
      const without = mapped(c, c.base);
      expect(JSON.stringify(landed.map((k) => withField[k]))).not.toBe(JSON.stringify(landed.map((k) => without[k])));
    }
    const assigned = igRows
      .filter((r: IgMapRow) => literal(r.assignment) !== undefined && !/[(=]/.test(r.fhir) && !/\.uri$/.test(r.fhir))
      .filter((r) => r.condition === '' || (sample!.holds?.test(r.condition) ?? false));
    for (const row of assigned) {
      const key = `${field} ${row.fhir.trim()}`;
      if (c.exceptions?.[key] !== undefined) continue;
      expect(valuesAt(withField, row.fhir.trim()), key).toContain(literal(row.assignment));
      assignmentsChecked += 1;
    }
  });
});

describe('the IG assignments', () => {
  it('were checked (identifier types, participation types, telecom uses, extension URLs, statuses)', () => {
    expect(assignmentsChecked).toBeGreaterThanOrEqual(20);
  });
});

describe('vocabulary maps agree with the IG code system CSVs', () => {
  it.each(Object.keys(IG_VOCABULARY) as VocabularyName[])('%s', (name) => {
    const ig = igVocabulary(name);
    const ours: Readonly<Record<string, string>> = IG_VOCABULARY[name];
    expect(Object.fromEntries(ig)).toEqual({ ...ours });
    for (const [code, fhir] of Object.entries(MERIDIAN_VOCABULARY_DEVIATIONS[name] ?? {}))
      expect(ig.get(code)).not.toBe(fhir);
    for (const code of Object.keys(MERIDIAN_VOCABULARY_ADDITIONS[name] ?? {}))
      expect(ig.has(code), `${name} ${code} is an addition, not an IG entry`).toBe(false);
  });
});
