import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileConcept } from './clinical-concept.js';
import { codeKey, normaliseCode } from './code-key.js';
import { canonicalSystem, TERMINOLOGY_SYSTEMS } from './code-systems.js';
import { curatedValueSet } from './curated-value-set.js';
import { TerminologyError } from './terminology-error.js';
import { loadValueSet, type ValueSetResource } from './value-set.js';
import { ValueSetRegistry } from './value-set-registry.js';

const { snomed: SNOMED, icd10cm: ICD10_CM, rxnorm: RXNORM, loinc: LOINC } = TERMINOLOGY_SYSTEMS;

/** A VSAC-shaped expansion (nested contains, OID identifier). */
const HF: ValueSetResource = {
  resourceType: 'ValueSet',
  id: '2.16.840.1.113883.3.526.3.376',
  url: 'http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.526.3.376',
  identifier: [{ system: 'urn:ietf:rfc:3986', value: 'urn:oid:2.16.840.1.113883.3.526.3.376' }],
  title: 'Heart Failure',
  expansion: {
    contains: [
      { system: SNOMED, code: '703272007', display: 'Heart failure with reduced ejection fraction' },
      {
        system: ICD10_CM,
        code: 'I50.22',
        display: 'Chronic systolic (congestive) heart failure',
        contains: [{ system: ICD10_CM, code: 'I50.23', display: 'Acute on chronic systolic heart failure' }],
      },
      { abstract: true, display: 'a grouping header', system: SNOMED, code: '0' },
    ],
  },
};

describe('code systems and keys', () => {
  it('resolves the common aliases of SNOMED CT, ICD-10-CM, RxNorm and LOINC to one URI', () => {
    expect(canonicalSystem('urn:oid:2.16.840.1.113883.6.96')).toBe(SNOMED);
    expect(canonicalSystem(' http://snomed.info/sct/ ')).toBe(SNOMED);
    expect(canonicalSystem('urn:oid:2.16.840.1.113883.6.90')).toBe(ICD10_CM);
    expect(canonicalSystem('URN:OID:2.16.840.1.113883.6.88')).toBe(RXNORM);
    expect(canonicalSystem('urn:oid:2.16.840.1.113883.6.1')).toBe(LOINC);
    expect(canonicalSystem('http://example.org/local')).toBe('http://example.org/local');
  });

  it('reads ICD-10-CM with or without the dot and in any case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('E11.51', 'I50.22', 'F10.21', 'D68.51', 'Z86.711'),
        fc.boolean(),
        fc.boolean(),
        (code, dot, lower) => {
          let written = dot ? code : code.replace('.', '');
          if (lower) written = written.toLowerCase();
          expect(codeKey('urn:oid:2.16.840.1.113883.6.90', ` ${written} `)).toBe(codeKey(ICD10_CM, code));
        },
      ),
    );
    expect(normaliseCode(SNOMED, ' 703272007 ')).toBe('703272007');
    expect(codeKey(SNOMED, '')).toBeUndefined();
    expect(codeKey(undefined, '1')).toBeUndefined();
  });
});

describe('loading value sets', () => {
  it('indexes an expansion, nested members included and abstract headers left out', () => {
    const set = loadValueSet(HF);
    expect(set).toMatchObject({ id: HF.id, oid: '2.16.840.1.113883.3.526.3.376', title: 'Heart Failure' });
    expect(set.members.size).toBe(3);
    expect(set.members.has(`${SNOMED}|0`)).toBe(false);
  });

  it('indexes an enumerated compose minus its excludes, and ICD-10 is-a filters as categories', () => {
    const set = loadValueSet({
      resourceType: 'ValueSet',
      id: 'x',
      url: 'https://example.org/vs/x',
      compose: {
        include: [
          { system: SNOMED, concept: [{ code: '1' }, { code: '2' }] },
          { system: ICD10_CM, filter: [{ property: 'concept', op: 'is-a', value: 'I48' }] },
        ],
        exclude: [{ system: SNOMED, concept: [{ code: '2' }] }],
      },
    });
    expect([...set.members.keys()]).toEqual([`${SNOMED}|1`]);
    expect(new ValueSetRegistry([set.resource]).validateCode('x', ICD10_CM, 'i48.91').result).toBe(true);
  });

  it('refuses what it cannot expand locally, with a stable code', () => {
    const filter = {
      resourceType: 'ValueSet',
      id: 'f',
      compose: { include: [{ system: SNOMED, filter: [{ property: 'concept', op: 'is-a', value: '84114007' }] }] },
    } as const;
    expect(() => loadValueSet(filter)).toThrow(TerminologyError);
    expect(() => loadValueSet({ resourceType: 'ValueSet', id: 'e' })).toThrowError(
      /neither an expansion nor a compose/,
    );
    expect(() =>
      loadValueSet({ resourceType: 'ValueSet', id: 'i', compose: { include: [{ valueSet: ['http://x'] }] } }),
    ).toThrowError(/imports other value sets/);
  });
});

describe('ValueSetRegistry', () => {
  const registry = new ValueSetRegistry([HF]);

  it('finds a set by id, URL, OID and urn:oid', () => {
    for (const ref of [HF.id!, HF.url!, '2.16.840.1.113883.3.526.3.376', 'urn:oid:2.16.840.1.113883.3.526.3.376'])
      expect(registry.get(ref)?.title).toBe('Heart Failure');
    expect(() => registry.require('nope')).toThrowError(expect.objectContaining({ code: 'unknown-value-set' }));
  });

  it('validates codes across system aliases', () => {
    expect(registry.validateCode(HF.id!, 'urn:oid:2.16.840.1.113883.6.96', '703272007')).toMatchObject({
      result: true,
      member: { display: 'Heart failure with reduced ejection fraction' },
    });
    expect(registry.validateCode(HF.id!, ICD10_CM, 'i5023').result).toBe(true);
    expect(registry.validateCode(HF.id!, SNOMED, '84114007').result).toBe(false);
  });

  it('expands with a text filter, count and offset', () => {
    expect(registry.expand(HF.id!).total).toBe(3);
    const systolic = registry.expand(HF.id!, { filter: 'SYSTOLIC' });
    expect(systolic.contains.map((c) => c.code)).toEqual(['I50.22', 'I50.23']);
    expect(registry.expand(HF.id!, { count: 1, offset: 1 }).contains.map((c) => c.code)).toEqual(['I50.22']);
  });

  it('refuses a set loaded twice', () => {
    expect(() => new ValueSetRegistry([HF, HF])).toThrowError(expect.objectContaining({ code: 'duplicate-value-set' }));
  });
});

describe('clinical concepts', () => {
  const curated = curatedValueSet({
    id: 'alcohol',
    title: 'Alcohol',
    description: 'test',
    sources: ['test'],
    codes: [
      { system: ICD10_CM, code: 'F10.1', display: 'Alcohol abuse', match: 'prefix' },
      { system: SNOMED, code: '7200002', display: 'Alcoholism' },
    ],
  });
  const registry = new ValueSetRegistry([HF, curated]);
  const alcohol = compileConcept(
    {
      id: 'alcohol',
      title: 'Alcohol',
      valueSets: ['alcohol'],
      exclusions: [
        { protects: 'has-bled.alcoholExcess', reason: 'in remission', codes: [{ system: ICD10_CM, code: 'F10.11' }] },
      ],
    },
    registry,
  );

  it('matches a category member and names the set that holds it', () => {
    expect(alcohol.match([{ system: ICD10_CM, code: 'F10.120' }])).toMatchObject({
      valueSet: { id: 'alcohol', url: 'https://meridian.dev/fhir/ValueSet/alcohol' },
    });
  });

  it('lets an exclusion win over a category, and over a synonym coding of the same concept', () => {
    expect(alcohol.match([{ system: ICD10_CM, code: 'F10.11' }])).toBeUndefined();
    expect(
      alcohol.match([
        { system: SNOMED, code: '7200002' },
        { system: ICD10_CM, code: 'F1011' },
      ]),
    ).toBeUndefined();
    expect(alcohol.excludedBy([{ system: ICD10_CM, code: 'f10.11' }])?.protects).toBe('has-bled.alcoholExcess');
  });

  it('reports the sets it searches', () => {
    const hf = compileConcept({ id: 'hf', title: 'HF', valueSets: [HF.url!, 'alcohol'] }, registry);
    expect(hf.searched.map((s) => s.oid ?? s.id)).toEqual(['2.16.840.1.113883.3.526.3.376', 'alcohol']);
    expect(hf.match([])).toBeUndefined();
    expect(
      hf.match([{ system: 'urn:oid:2.16.840.1.113883.6.96', code: '703272007', display: 'HFrEF' }])?.coding,
    ).toEqual({ system: 'urn:oid:2.16.840.1.113883.6.96', code: '703272007', display: 'HFrEF' });
  });

  it('refuses a concept over a set that is not loaded', () => {
    expect(() => compileConcept({ id: 'c', title: 'C', valueSets: ['missing'] }, registry)).toThrowError(
      /no ValueSet missing/,
    );
  });
});
