/**
 * A hand-written ORU^R01 of bedside vital signs (no openly licensed one was
 * found): the inputs of NEWS2 and qSOFA, LOINC-coded, in UCUM units. Not PHI:
 * an invented patient.
 *
 * @module
 */

/** What the vital signs message carries (one set of observations). */
export interface VitalSignsValues {
  respiratoryRate: number;
  spo2: number;
  systolic: number;
  heartRate: number;
  temperature: number;
  /** ACVPU letter as a LOINC answer (LA9340-6 alert, LA6560-2 confused, ...). */
  consciousness: 'LA9340-6' | 'LA6560-2' | 'LA17108-4';
  onOxygen: boolean;
}

/** Values of a well patient (NEWS2 0). */
export const WELL: VitalSignsValues = {
  respiratoryRate: 16,
  spo2: 97,
  systolic: 125,
  heartRate: 72,
  temperature: 37,
  consciousness: 'LA9340-6',
  onOxygen: false,
};
/** Values of a patient in trouble (NEWS2 >= 7, qSOFA >= 2). */
export const UNWELL: VitalSignsValues = {
  respiratoryRate: 26,
  spo2: 90,
  systolic: 95,
  heartRate: 125,
  temperature: 39.2,
  consciousness: 'LA6560-2',
  onOxygen: true,
};

/** OBR with OBR-3 filler order, OBR-4 vital signs panel, OBR-7 time, OBR-25 status. */
function obr(order: string, time: string, status: string): string {
  const fields = ['OBR', '1', '', `${order}^MONITOR`, '85353-1^Vital signs panel^LN', '', '', time];
  while (fields.length < 25) fields.push('');
  fields[25] = status;
  return fields.join('|');
}

/**
 * The message, for `mrn`, observed at `time` (HL7 DTM), with OBX-11 `status`.
 *
 * @example
 * ```ts
 * vitalSignsOru({ mrn: 'MRN100', controlId: 'V1', time: '20240501095500+0000', values: UNWELL });
 * ```
 */
export function vitalSignsOru(input: {
  mrn: string;
  controlId: string;
  time: string;
  values: VitalSignsValues;
  status?: string;
  sendingApp?: string;
  order?: string;
}): string {
  const v = input.values;
  const s = input.status ?? 'F';
  const order = input.order ?? `VS-${input.time}`;
  return [
    `MSH|^~\\&|${input.sendingApp ?? 'MONITOR'}|WARD5|MERIDIAN|HOSP|${input.time}||ORU^R01^ORU_R01|${input.controlId}|P|2.5.1||||||UNICODE UTF-8`,
    `PID|1||${input.mrn}^^^HOSP^MR||TEST^PATIENT||19500101|M`,
    `PV1|1|I|W5^12^A||||||||||||||||V-${input.mrn}^^^HOSP^VN|||||||||||||||||||||||||${input.time}`,
    obr(order, input.time, s),
    `OBX|1|NM|9279-1^Respiratory rate^LN||${v.respiratoryRate}|/min^breaths/min^UCUM|12-20||||${s}|||${input.time}`,
    `OBX|2|NM|59408-5^Oxygen saturation by pulse oximetry^LN||${v.spo2}|%^percent^UCUM|94-100||||${s}|||${input.time}`,
    `OBX|3|NM|8480-6^Systolic blood pressure^LN||${v.systolic}|mm[Hg]^mmHg^UCUM|||||${s}|||${input.time}`,
    `OBX|4|NM|8867-4^Heart rate^LN||${v.heartRate}|/min^beats/min^UCUM|||||${s}|||${input.time}`,
    `OBX|5|NM|8310-5^Body temperature^LN||${v.temperature}|Cel^degC^UCUM|||||${s}|||${input.time}`,
    `OBX|6|CWE|67775-7^Level of responsiveness^LN||${v.consciousness}^^LN||||||${s}|||${input.time}`,
    `OBX|7|NM|3151-8^Inhaled oxygen flow rate^LN||${v.onOxygen ? 4 : 0}|L/min^liters per minute^UCUM|||||${s}|||${input.time}`,
  ].join('\r');
}
