/**
 * A day of HL7 v2 traffic on a ward, compressed into the last twelve hours so
 * that the vital signs are current: admissions (A01), vital signs from the
 * monitors (ORU^R01) every two hours, laboratory results, a demographics
 * update (A08), a transfer to intensive care (A02) and a discharge (A03).
 * One patient deteriorates (NEWS2 rising past 5, then 7, qSOFA 2+), one
 * stays well, one is a little unwell.
 *
 * Every run is a new day: new control ids (MSH-10) and visit numbers, values
 * that move a little from run to run, and times laid out after the newest
 * vital signs an earlier run stored (`since`), so that the deteriorating
 * patient is first seen well again and then rises past each threshold anew.
 * A message sent twice is still the same message (a true duplicate).
 */
import { readFixture, PATIENT_BUNDLES } from '@meridian/fixtures';

/** A patient as the feed needs them. */
export interface FeedPatient {
  mrn: string;
  family: string;
  given: string;
  sex: 'M' | 'F' | 'U';
  birthDate: string;
}

/** One message of the feed. */
export interface FeedMessage {
  at: Date;
  label: string;
  text: string;
  /** The MRN of the patient whose re-scoring the feed waits for after this message (the deteriorating one's vital signs). */
  awaitRescore?: string;
}

/** How one run's day is laid out. */
export interface DayOptions {
  /** The newest vital signs already stored for these patients: the day starts after them (when within 12 h). */
  since?: Date | undefined;
}

interface Vitals {
  rr: number;
  spo2: number;
  o2: number;
  sbp: number;
  hr: number;
  temp: number;
  avpu: 'LA9340-6' | 'LA6560-2';
}

/** The three patients of the fixture bundles (two Synthea records, one Inferno US Core record). */
export function fixturePatients(): FeedPatient[] {
  return PATIENT_BUNDLES.map((path) => {
    const bundle = readFixture<{ entry: { resource: Record<string, never> }[] }>(path);
    const p = bundle.entry.map((e) => e.resource as Record<string, unknown>).find((r) => r.resourceType === 'Patient')!;
    const name = (p.name as { family: string; given: string[] }[])[0]!;
    const ids = p.identifier as { system?: string; value: string }[];
    const mrn = (ids.find((i) => i.system === 'http://hospital.smarthealthit.org') ?? ids[0]!).value;
    return {
      mrn,
      family: name.family,
      given: name.given[0]!,
      sex: p.gender === 'female' ? 'F' : p.gender === 'male' ? 'M' : 'U',
      birthDate: String(p.birthDate).replace(/-/g, ''),
    };
  });
}

/** HL7 DTM to the millisecond: a compressed day's messages may be under a second apart. */
const dtm = (d: Date) => `${d.toISOString().slice(0, 23).replace(/[-T:]/g, '')}+0000`;

/** What one run's messages share: its id (in control ids and visit numbers) and how its values move. */
interface Run {
  id: string;
  control: number;
  /** -1, 0 or 1: heart rates move by this much, temperatures by a tenth of it (never across a NEWS2 band here). */
  shift: number;
}

const msh = (run: Run, app: string, type: string, at: Date) =>
  `MSH|^~\\&|${app}|DEMO-HOSP|MERIDIAN|DEMO-HOSP|${dtm(at)}||${type}|FEED-${run.id}-${++run.control}|P|2.5.1`;
const pid = (p: FeedPatient, phone = '555-0100') =>
  `PID|1||${p.mrn}^^^DEMO-HOSP^MR||${p.family}^${p.given}||${p.birthDate}|${p.sex}|||1 Hospital Road^^Springfield^IL^62701||${phone}^PRN^PH`;
const pv1 = (run: Run, p: FeedPatient, bed: string, admitted: Date, discharged?: Date) =>
  `PV1|1|I|${bed}||||1001^HOUSE^GREGORY^^^DR|||MED|||||||||V-${p.mrn}-${run.id}^^^DEMO-HOSP^VN${'|'.repeat(25)}${dtm(admitted)}${discharged ? `|${dtm(discharged)}` : ''}`;

function vitalsOru(run: Run, p: FeedPatient, bed: string, admitted: Date, at: Date, v: Vitals): FeedMessage {
  const t = dtm(at);
  const obx = [
    ['9279-1', 'Respiratory rate', v.rr, '/min'],
    ['59408-5', 'SpO2', v.spo2, '%'],
    ['3151-8', 'Inhaled oxygen flow rate', v.o2, 'L/min'],
    ['8480-6', 'Systolic blood pressure', v.sbp, 'mm[Hg]'],
    ['8867-4', 'Heart rate', v.hr, '/min'],
    ['8310-5', 'Body temperature', v.temp, 'Cel'],
  ].map(([code, name, value, unit], i) => `OBX|${i + 1}|NM|${code}^${name}^LN||${value}|${unit}^^UCUM|||||F|||${t}`);
  obx.push(`OBX|7|CWE|67775-7^Level of responsiveness^LN||${v.avpu}^^LN||||||F|||${t}`);
  const text = [
    msh(run, 'DEMO-MONITOR', 'ORU^R01^ORU_R01', at),
    pid(p),
    pv1(run, p, bed, admitted),
    `OBR|1||VS-${p.mrn}-${t}^DEMO-MONITOR|85353-1^Vital signs panel^LN|||${t}${'|'.repeat(18)}F`,
    ...obx,
  ].join('\r');
  return {
    at,
    label: `ORU^R01 vital signs  ${p.given} ${p.family}: RR ${v.rr}, SpO2 ${v.spo2}%, SBP ${v.sbp}, HR ${v.hr}, T ${v.temp}`,
    text,
  };
}

function labOru(
  run: Run,
  p: FeedPatient,
  bed: string,
  admitted: Date,
  at: Date,
  results: [string, string, number, string, string][],
): FeedMessage {
  const t = dtm(at);
  const obx = results.map(
    ([code, name, value, unit, flag], i) =>
      `OBX|${i + 1}|NM|${code}^${name}^LN||${value}|${unit}^^UCUM||${flag}|||F|||${t}`,
  );
  const text = [
    msh(run, 'DEMO-LAB', 'ORU^R01^ORU_R01', at),
    pid(p),
    pv1(run, p, bed, admitted),
    `OBR|1||LAB-${p.mrn}-${t}^DEMO-LAB|24323-8^Comprehensive metabolic panel^LN|||${t}${'|'.repeat(18)}F`,
    ...obx,
  ].join('\r');
  return {
    at,
    label: `ORU^R01 laboratory   ${p.given} ${p.family}: ${results.map((r) => `${r[1]} ${r[2]} ${r[3]}`).join(', ')}`,
    text,
  };
}

const HOUR = 3_600_000;

/**
 * The messages of the day, in time order, ending at `now`: laid out over the
 * last twelve hours, or, when an earlier run stored vital signs within them,
 * over the time since (`options.since`), so that every run's vital signs are
 * the newest.
 *
 * @example
 * ```ts
 * const messages = dayOfTraffic(fixturePatients(), new Date());
 * ```
 */
export function dayOfTraffic(patients: readonly FeedPatient[], now: Date, options: DayOptions = {}): FeedMessage[] {
  const [sick, well, mild] = patients as [FeedPatient, FeedPatient, FeedPatient];
  const run: Run = { id: now.getTime().toString(36).toUpperCase(), control: 0, shift: (now.getTime() % 3) - 1 };
  const since = options.since ? Math.min(options.since.getTime(), now.getTime() - 1_000) : -Infinity;
  const start = Math.max(now.getTime() - 12 * HOUR, since + 1);
  // `hoursAgo` on the twelve-hour day's clock, scaled to the time this run has.
  const at = (hoursAgo: number) => new Date(now.getTime() - (hoursAgo / 12) * (now.getTime() - start));
  const vary = (v: Vitals): Vitals => ({ ...v, hr: v.hr + run.shift, temp: Math.round(v.temp * 10 + run.shift) / 10 });
  const admitted = at(12);
  const beds = new Map([
    [sick, 'W5^12^A'],
    [well, 'W5^14^B'],
    [mild, 'W5^16^A'],
  ]);
  const messages: FeedMessage[] = [];
  for (const p of patients) {
    messages.push({
      at: admitted,
      label: `ADT^A01 admission    ${p.given} ${p.family} to ${beds.get(p)}`,
      text: [
        msh(run, 'DEMO-ADT', 'ADT^A01^ADT_A01', admitted),
        `EVN|A01|${dtm(admitted)}`,
        pid(p),
        pv1(run, p, beds.get(p)!, admitted),
        ...(p === sick
          ? ['AL1|1|DA|7980^Penicillin G^RXNORM|SV|HIVES', 'DG1|1||J18.9^Pneumonia, unspecified organism^I10']
          : []),
      ].join('\r'),
    });
  }
  const course: Record<string, Vitals[]> = {
    sick: [
      { rr: 18, spo2: 96, o2: 0, sbp: 128, hr: 88, temp: 37.6, avpu: 'LA9340-6' },
      { rr: 21, spo2: 95, o2: 0, sbp: 118, hr: 96, temp: 38.2, avpu: 'LA9340-6' },
      { rr: 23, spo2: 94, o2: 0, sbp: 104, hr: 108, temp: 38.6, avpu: 'LA9340-6' },
      { rr: 26, spo2: 91, o2: 2, sbp: 98, hr: 118, temp: 39.1, avpu: 'LA6560-2' },
      { rr: 28, spo2: 90, o2: 4, sbp: 92, hr: 124, temp: 39.3, avpu: 'LA6560-2' },
    ],
    well: Array.from({ length: 5 }, (_, i) => ({
      rr: 14 + (i % 2),
      spo2: 98,
      o2: 0,
      sbp: 124 + i,
      hr: 70 + i,
      temp: 36.8,
      avpu: 'LA9340-6' as const,
    })),
    mild: Array.from({ length: 5 }, (_, i) => ({
      rr: 19,
      spo2: 95,
      o2: 0,
      sbp: 112,
      hr: 92 + i,
      temp: 37.9,
      avpu: 'LA9340-6' as const,
    })),
  };
  [10, 8, 6, 4, 2].forEach((hoursAgo, round) => {
    messages.push({
      ...vitalsOru(run, sick, beds.get(sick)!, admitted, at(hoursAgo), vary(course.sick![round]!)),
      awaitRescore: sick.mrn,
    });
    messages.push(vitalsOru(run, well, beds.get(well)!, admitted, at(hoursAgo - 0.1), vary(course.well![round]!)));
    messages.push(vitalsOru(run, mild, beds.get(mild)!, admitted, at(hoursAgo - 0.2), vary(course.mild![round]!)));
  });
  messages.push(
    labOru(run, sick, beds.get(sick)!, admitted, at(3), [
      ['2524-7', 'Lactate', 3.4, 'mmol/L', 'H'],
      ['2160-0', 'Creatinine', 1.6, 'mg/dL', 'H'],
      ['6690-2', 'Leukocytes', 17.2, '10*3/uL', 'H'],
    ]),
  );
  messages.push({
    at: at(5),
    label: `ADT^A08 update       ${mild.given} ${mild.family}: new phone number`,
    text: [
      msh(run, 'DEMO-ADT', 'ADT^A08^ADT_A01', at(5)),
      `EVN|A08|${dtm(at(5))}`,
      pid(mild, '555-0199'),
      pv1(run, mild, beds.get(mild)!, admitted),
    ].join('\r'),
  });
  messages.push({
    at: at(1.5),
    label: `ADT^A02 transfer     ${sick.given} ${sick.family} to ICU^1^A`,
    text: [
      msh(run, 'DEMO-ADT', 'ADT^A02^ADT_A02', at(1.5)),
      `EVN|A02|${dtm(at(1.5))}`,
      pid(sick),
      pv1(run, sick, 'ICU^1^A', admitted),
    ].join('\r'),
  });
  messages.push({
    at: at(1),
    label: `ADT^A03 discharge    ${well.given} ${well.family}`,
    text: [
      msh(run, 'DEMO-ADT', 'ADT^A03^ADT_A03', at(1)),
      `EVN|A03|${dtm(at(1))}`,
      pid(well),
      pv1(run, well, beds.get(well)!, admitted, at(1)),
    ].join('\r'),
  });
  return messages.sort((a, b) => a.at.getTime() - b.at.getTime());
}
