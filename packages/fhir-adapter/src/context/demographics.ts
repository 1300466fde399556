/**
 * Demographics read from a Patient resource.
 *
 * @module
 */
import { US_CORE_RACE_EXTENSION_URL } from './code-systems.js';
import type { IssueLog } from './issues.js';
import { isObject, readArray, readString, type JsonObject } from './json.js';
import type { AdministrativeSex, CodingRef, PatientContext } from './types.js';

const SEXES = new Set<AdministrativeSex>(['male', 'female', 'other', 'unknown']);
const BIRTH_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Age in whole years on the reference date (UTC calendar). For a partial birth
 * date (`1970`, `1970-05`) the latest possible birthday is assumed, i.e. the
 * youngest age the patient can have.
 */
export function ageInYears(birthDate: string, referenceMs: number): number | undefined {
  const match = BIRTH_DATE.exec(birthDate);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 12 : Number(match[2]);
  const day = match[3] === undefined ? daysInMonth(year, month) : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const ref = new Date(referenceMs);
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  const refDay = ref.getUTCDate();
  const hadBirthday = refMonth > month || (refMonth === month && refDay >= day);
  const age = refYear - year - (hadBirthday ? 0 : 1);
  return age >= 0 ? age : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function readDemographics(
  id: string,
  reference: string,
  patient: JsonObject | undefined,
  referenceMs: number,
  log: IssueLog,
): PatientContext['patient'] {
  const out: PatientContext['patient'] = { reference, id };
  if (patient === undefined) return out;
  const birthDate = readString(patient.birthDate);
  if (birthDate !== undefined) {
    const age = ageInYears(birthDate, referenceMs);
    if (age === undefined) {
      log.add(
        'warning',
        'invalid-birth-date',
        reference,
        'birthDate is not a valid date (or is after the reference time); age unknown.',
      );
    } else {
      out.birthDate = birthDate;
      out.ageYears = age;
      if (birthDate.length < 10) {
        log.add(
          'information',
          'partial-birth-date',
          reference,
          'birthDate is partial; age assumes the latest possible birthday.',
        );
      }
    }
  }
  const gender = patient.gender;
  if (typeof gender === 'string' && SEXES.has(gender as AdministrativeSex)) out.sex = gender as AdministrativeSex;
  const raceCodes = readOmbRaceCodes(patient);
  if (raceCodes.length > 0) out.raceCodes = raceCodes;
  return out;
}

function readOmbRaceCodes(patient: JsonObject): CodingRef[] {
  const codes: CodingRef[] = [];
  for (const extension of readArray(patient.extension)) {
    if (!isObject(extension) || extension.url !== US_CORE_RACE_EXTENSION_URL) continue;
    for (const part of readArray(extension.extension)) {
      if (!isObject(part) || part.url !== 'ombCategory' || !isObject(part.valueCoding)) continue;
      const { system, code, display } = part.valueCoding;
      if (typeof code !== 'string') continue;
      const coding: CodingRef = { code };
      if (typeof system === 'string') coding.system = system;
      if (typeof display === 'string') coding.display = display;
      codes.push(coding);
    }
  }
  return codes;
}
