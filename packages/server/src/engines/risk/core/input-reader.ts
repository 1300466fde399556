/**
 * Resolves a calculator's declared inputs against a patient context and clinician answers, and
 * records, for each, the value used and its provenance — or why it is missing.
 *
 * Precedence: a valid clinician answer, then the record. Policies ({@link InputPolicy}) decide
 * what absence and staleness mean; nothing missing is ever filled in as normal.
 *
 * @module
 */
import {
  convertMeasureValue,
  MEASURES,
  type CodingRef,
  type Measurement,
  type PatientContext,
} from '@meridian/fhir-adapter';
import type {
  AnswerValue,
  ClinicianAnswers,
  InputDefinition,
  InputReport,
  Provenance,
  RiskWarning,
  ValueSetRef,
} from '../types.js';
import { conditionMatch, medicationMatch, remoteMemberships } from './coded-match.js';
import { readAnswer } from './answers.js';

/** A resolved input: known with a value, or unknown. */
export type Resolved<T> = { readonly known: true; readonly value: T } | { readonly known: false };

const UNKNOWN = { known: false } as const;

/** Per-computation reader; collects input reports and warnings. */
export class InputReader {
  readonly warnings: RiskWarning[] = [];
  private readonly reports = new Map<string, InputReport>();
  private remoteKeys: ReadonlySet<string> | undefined;

  constructor(
    readonly context: PatientContext,
    private readonly answers: ClinicianAnswers = {},
  ) {}

  /** The reports, in the order of `definitions`. */
  reportsFor(definitions: readonly InputDefinition[]): InputReport[] {
    const out: InputReport[] = [];
    for (const def of definitions) {
      const report = this.reports.get(def.name);
      if (report) out.push(report);
    }
    return out;
  }

  /** Names of inputs whose status is `missing`. */
  missingNames(definitions: readonly InputDefinition[]): string[] {
    return this.reportsFor(definitions)
      .filter((r) => r.status === 'missing')
      .map((r) => r.name);
  }

  /** The clinician answer for `def`, validated. */
  answer(def: InputDefinition): AnswerValue | undefined {
    return readAnswer(def, this.answers, this.warnings);
  }

  /** Record that `def` was used with `value`. */
  use<T extends AnswerValue>(def: InputDefinition, value: T, provenance: Provenance, unit?: string): Resolved<T> {
    this.reports.set(def.name, { name: def.name, status: 'used', value, provenance, ...(unit ? { unit } : {}) });
    return { known: true, value };
  }

  /** Record that `def` is missing (a coded input names the value sets it searched). */
  miss(def: InputDefinition, reason: InputReport['missingReason'] = 'not-recorded'): Resolved<never> {
    const searched = searchedBy(def);
    this.reports.set(def.name, {
      name: def.name,
      status: 'missing',
      value: null,
      missingReason: reason,
      ...(searched.length ? { searched } : {}),
    });
    return UNKNOWN;
  }

  /** Mark a missing input as not needed for this result (it no longer counts as missing). */
  markNotUsed(def: InputDefinition, note: string): void {
    const report = this.reports.get(def.name);
    if (report?.status === 'missing') this.reports.set(def.name, { ...report, status: 'not-used', note });
  }

  /** A clinician-answered value of the expected type, recorded as used. */
  fromAnswer<T extends AnswerValue>(def: InputDefinition, unit?: string): Resolved<T> {
    const value = this.answer(def);
    return value === undefined ? UNKNOWN : this.use(def, value as T, { kind: 'clinician-answer' }, unit);
  }

  /** A numeric input: clinician answer, else the first measurement source, under the staleness policy. */
  measured(def: InputDefinition): Resolved<number> {
    if (def.answer.type === 'number') {
      const answered = this.fromAnswer<number>(def, def.answer.unit);
      if (answered.known) return answered;
    }
    let staleSeen: Measurement | undefined;
    for (const source of def.sources) {
      if (source.from !== 'measurement') continue;
      const m = this.context.measurements[source.measure];
      if (!m) continue;
      if (m.stale && def.policy.whenStale === 'missing') {
        staleSeen ??= m;
        continue;
      }
      // The score's published unit, never assumed: convert, or refuse the value.
      const unit = source.unit ?? (def.answer.type === 'number' ? def.answer.unit : m.unit);
      const value = convertMeasureValue(MEASURES[source.measure], m.value, m.unit, unit);
      if (value === null) {
        this.warn(
          'unconvertible-unit',
          def,
          m.source,
          `${def.name}: ${m.unit} cannot be converted to ${unit}; the value was not used.`,
        );
        return this.miss(def, 'unconvertible-unit');
      }
      if (m.stale)
        this.warn('stale-value-used', def, m.source, `${def.name}: a stale value (${m.effective}) was used.`);
      return this.use(def, value, { kind: 'record', source: m.source, effective: m.effective, stale: m.stale }, unit);
    }
    if (staleSeen) {
      this.warn(
        'stale-value-ignored',
        def,
        staleSeen.source,
        `${def.name}: the latest value (${staleSeen.effective}) is stale and was not used.`,
      );
      return this.miss(def, 'stale');
    }
    return this.miss(def);
  }

  /**
   * A yes/no input read from conditions and/or medications. A boolean clinician answer wins; with
   * `whenNotRecorded: 'absent'` no match means "not present", otherwise missing.
   */
  coded(def: InputDefinition): Resolved<boolean> {
    if (def.answer.type === 'boolean') {
      const answered = this.fromAnswer<boolean>(def);
      if (answered.known) return answered;
    }
    const match = this.findCoded(def);
    if (match) return this.use(def, true, match);
    if (def.policy.whenNotRecorded === 'absent') {
      return this.use(def, false, { kind: 'record-absence', detail: absenceDetail(def), searched: searchedBy(def) });
    }
    return this.miss(def);
  }

  /** Provenance of the first condition or medication matching one of the input's coded sources, naming what matched. */
  findCoded(def: InputDefinition): Provenance | undefined {
    for (const source of def.sources) {
      if (source.from === 'condition') {
        for (const condition of this.context.conditions) {
          const match = conditionMatch(condition, source.concept, this.remote());
          if (match)
            return {
              kind: 'record',
              source: condition.source,
              ...effectiveOf(condition.onset ?? condition.recorded),
              match,
            };
        }
      } else if (source.from === 'medication') {
        for (const medication of this.context.medications) {
          const match = medicationMatch(medication, source.medication, this.remote());
          if (match) return { kind: 'record', source: medication.source, ...effectiveOf(medication.authoredOn), match };
        }
      }
    }
    return undefined;
  }

  /** Memberships a terminology server confirmed before scoring (built once per reader). */
  private remote(): ReadonlySet<string> {
    return (this.remoteKeys ??= remoteMemberships(this.context));
  }

  /** The patient's age in whole years (answer `age`, else demographics). */
  age(def: InputDefinition): Resolved<number> {
    const answered = this.fromAnswer<number>(def, 'a');
    if (answered.known) return answered;
    const age = this.context.patient.ageYears;
    if (age === undefined) return this.miss(def);
    return this.use(def, age, { kind: 'record', source: this.context.patient.reference }, 'a');
  }

  /** Administrative sex as `male` or `female`; `other`/`unknown` are missing for sex-specific scores. */
  sex(def: InputDefinition): Resolved<'male' | 'female'> {
    const answered = this.fromAnswer<'male' | 'female'>(def);
    if (answered.known) return answered;
    const sex = this.context.patient.sex;
    if (sex === 'male' || sex === 'female')
      return this.use(def, sex, { kind: 'record', source: this.context.patient.reference });
    return this.miss(def);
  }

  /** A warning tied to an input. */
  warn(code: RiskWarning['code'], def: InputDefinition | undefined, source: string | undefined, message: string): void {
    this.warnings.push({ code, message, ...(def ? { input: def.name } : {}), ...(source ? { source } : {}) });
  }
}

const SEARCHED = new WeakMap<InputDefinition, readonly ValueSetRef[]>();
const ABSENCE = new WeakMap<InputDefinition, string>();

/** What a coded input found absent names (its concepts' titles), built once per input. */
function absenceDetail(def: InputDefinition): string {
  let detail = ABSENCE.get(def);
  if (detail === undefined) {
    const titles = def.sources.flatMap((s) =>
      s.from === 'condition' ? [s.concept.title] : s.from === 'medication' ? [s.medication.concept.title] : [],
    );
    detail = `No entry in the record matches: ${titles.join('; ')}.`;
    ABSENCE.set(def, detail);
  }
  return detail;
}

/** The value sets a coded input searches, in order, without repeats (worked out once per input; a fresh copy each call). */
export function searchedBy(def: InputDefinition): ValueSetRef[] {
  let searched = SEARCHED.get(def);
  if (searched === undefined) {
    searched = collectSearched(def);
    SEARCHED.set(def, searched);
  }
  return searched.map((ref) => ({ ...ref }));
}

function collectSearched(def: InputDefinition): ValueSetRef[] {
  const seen = new Map<string, ValueSetRef>();
  for (const source of def.sources) {
    const concepts =
      source.from === 'condition'
        ? [source.concept]
        : source.from === 'medication'
          ? [source.medication.concept]
          : source.from === 'finding'
            ? (source.concepts ?? [])
            : [];
    for (const concept of concepts)
      for (const ref of concept.searched) if (!seen.has(ref.url)) seen.set(ref.url, { ...ref });
  }
  return [...seen.values()];
}

function effectiveOf(when: string | undefined): { effective?: string } {
  return when ? { effective: when } : {};
}

/** The codings of a coded finding value (empty for boolean findings). */
export function codingsOf(value: CodingRef[] | boolean): CodingRef[] {
  return typeof value === 'boolean' ? [] : value;
}
