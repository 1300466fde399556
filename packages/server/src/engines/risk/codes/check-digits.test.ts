import * as adapter from '@meridian/fhir-adapter';
import { describe, expect, it } from 'vitest';
import * as engine from '../index.js';
import * as cardiovascularLists from '../../terminology/curated/cardiovascular-lists.js';
import * as findingLists from '../../terminology/curated/finding-lists.js';
import * as otherLists from '../../terminology/curated/other-condition-lists.js';
import { CURATED_EXCLUSIONS } from '../../terminology/exclusions.js';

/**
 * Every SNOMED CT id carries a Verhoeff check digit, and every LOINC term code
 * a mod-10 check digit after its hyphen: a
 * mistyped code in any code set, curated list or named coding of the adapter
 * and the calculators fails here.
 */
const SNOMED = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';

const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff: a number including its check digit validates to 0. */
function verhoeffValid(id: string): boolean {
  let c = 0;
  [...id].reverse().forEach((ch, i) => (c = D[c]![P[i % 8]![Number(ch)]!]!));
  return c === 0;
}

/** LOINC's mod 10: Luhn over the digits before the hyphen. */
function loincValid(code: string): boolean {
  const m = /^(\d+)-(\d)$/.exec(code);
  if (!m) return false;
  let sum = 0;
  [...m[1]!].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return (10 - (sum % 10)) % 10 === Number(m[2]);
}

function collectCodings(value: unknown, out: Map<string, string>, seen = new Set<unknown>()): Map<string, string> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const v = value as { system?: unknown; code?: unknown };
  if (typeof v.system === 'string' && typeof v.code === 'string') out.set(`${v.system}|${v.code}`, v.system);
  for (const child of Object.values(value)) collectCodings(child, out, seen);
  return out;
}

describe('code check digits', () => {
  const codings = collectCodings(
    [adapter, engine, cardiovascularLists, findingLists, otherLists, CURATED_EXCLUSIONS],
    new Map(),
  );
  const codesOf = (system: string) =>
    [...codings.keys()].filter((k) => k.startsWith(`${system}|`)).map((k) => k.slice(system.length + 1));

  it('checks the algorithms on known codes', () => {
    expect(verhoeffValid('22298006')).toBe(true); // myocardial infarction
    expect(verhoeffValid('22298007')).toBe(false);
    expect(loincValid('8867-4')).toBe(true);
    expect(loincValid('8867-5')).toBe(false);
  });

  it('every SNOMED CT id in the code sets is well formed', () => {
    const snomed = codesOf(SNOMED);
    expect(snomed.length).toBeGreaterThan(30);
    expect(snomed.filter((code) => !/^\d{6,18}$/.test(code) || !verhoeffValid(code))).toEqual([]);
  });

  it('every LOINC term code in the code sets is well formed (answer codes LA… excepted: no check digit rule)', () => {
    const loinc = codesOf(LOINC).filter((code) => !code.startsWith('LA') && !code.startsWith('LP'));
    expect(loinc.length).toBeGreaterThan(30);
    expect(loinc.filter((code) => !loincValid(code))).toEqual([]);
  });
});
