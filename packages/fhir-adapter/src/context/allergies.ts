/**
 * Reads an AllergyIntolerance into an `AllergyEntry`, excluding refuted,
 * erroneous, inactive and resolved ones.
 *
 * @module
 */
import type { IssueLog } from './issues.js';
import { readCodings, readConceptText, readFirstCode, readString } from './json.js';
import type { CheckedResource } from './resource-set.js';
import type { AllergyEntry } from './types.js';

export function readAllergy(entry: CheckedResource, log: IssueLog): AllergyEntry | undefined {
  const allergy = entry.resource;
  const source = entry.label;
  const verificationStatus = readFirstCode(allergy.verificationStatus);
  const clinicalStatus = readFirstCode(allergy.clinicalStatus);
  if (verificationStatus === 'entered-in-error' || verificationStatus === 'refuted') {
    log.add('information', verificationStatus, source, `AllergyIntolerance is ${verificationStatus}; excluded.`);
    return undefined;
  }
  if (clinicalStatus === 'inactive' || clinicalStatus === 'resolved') {
    log.add('information', 'inactive', source, `AllergyIntolerance is ${clinicalStatus}; excluded.`);
    return undefined;
  }
  const codes = readCodings(allergy.code);
  const text = readConceptText(allergy.code);
  if (codes.length === 0 && text === undefined) {
    log.add('information', 'no-value', source, 'AllergyIntolerance has no code or text; excluded.');
    return undefined;
  }
  const out: AllergyEntry = { codes, source };
  if (text !== undefined) out.text = text;
  const criticality = readString(allergy.criticality);
  if (criticality !== undefined) out.criticality = criticality;
  if (clinicalStatus !== undefined) out.clinicalStatus = clinicalStatus;
  return out;
}
