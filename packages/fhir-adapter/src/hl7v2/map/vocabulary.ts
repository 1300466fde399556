/**
 * v2 table values -> FHIR codes, after the V2-to-FHIR IG's vocabulary maps.
 * Each key is the IG CSV's name (`codesystems/{name}.csv`), and a test checks
 * every entry against that CSV. Where the IG leaves a v2 code unmapped but
 * FHIR needs a value, `MERIDIAN_VOCABULARY_ADDITIONS` says what Meridian
 * chose; `MERIDIAN_VOCABULARY_DEVIATIONS` lists the few IG targets that are
 * not valid R4 codes, with the valid code used instead.
 *
 * @module
 */

/**
 * The IG's vocabulary maps Meridian applies (v2 code -> FHIR code).
 *
 * @example
 * ```ts
 * IG_VOCABULARY.AdministrativeSex.F; // 'female'
 * ```
 */
export const IG_VOCABULARY = {
  AdministrativeSex: { F: 'female', M: 'male', O: 'other', U: 'unknown', A: 'other', N: 'other' },
  'PatientClass[EncounterClass]': { E: 'EMER', I: 'IMP', O: 'AMB', P: 'PRENC', R: 'R', B: 'B', C: 'C', N: 'N', U: 'U' },
  'PatientClass[EncounterStatus]': {
    E: 'in-progress',
    I: 'in-progress',
    O: 'in-progress',
    P: 'planned',
    R: 'in-progress',
    B: 'in-progress',
    C: 'in-progress',
    N: 'in-progress',
    U: 'unknown',
  },
  ObservationResultStatusCodesInterpretation: {
    A: 'amended',
    C: 'corrected',
    D: 'entered-in-error',
    F: 'final',
    P: 'preliminary',
    X: 'cancelled',
    W: 'entered-in-error',
  },
  'ResultStatus[Non-Queries]': {
    O: 'registered',
    I: 'registered',
    S: 'registered',
    P: 'preliminary',
    C: 'corrected',
    R: 'partial',
    F: 'final',
    X: 'cancelled',
  },
  InterpretationCodes: Object.fromEntries(
    [
      '<',
      '>',
      'A',
      'AA',
      'B',
      'CAR',
      'D',
      'DET',
      'E',
      'EX',
      'EXP',
      'H',
      'HH',
      'HU',
      'I',
      'IE',
      'IND',
      'L',
      'LL',
      'LU',
      'MS',
      'N',
      'NCL',
      'ND',
      'NEG',
      'NR',
      'NS',
      'POS',
      'R',
      'RR',
      'S',
      'SDD',
      'SYN-R',
      'SYN-S',
      'U',
      'VS',
      'UNE',
      'W',
      'WR',
    ].map((c) => [c, c]),
  ) as Readonly<Record<string, string>>,
  NameType: {
    BAD: 'old',
    D: 'usual',
    L: 'official',
    M: 'maiden',
    MSK: 'anonymous',
    N: 'nickname',
    NAV: 'temp',
    R: 'official',
    TEMP: 'temp',
  },
  TelecommunicationUseCode: { PRN: 'home', WPN: 'work', PRS: 'mobile' },
  TelecommunicationEquipmentType: {
    PH: 'phone',
    FX: 'fax',
    MD: 'other',
    CP: 'mobile',
    SAT: 'other',
    BP: 'pager',
    Internet: 'email',
    'X.400': 'email',
    TDD: 'other',
    TTY: 'other',
  },
  'AddressType[Use]': { BA: 'old', BI: 'billing', C: 'temp', B: 'work', H: 'home', O: 'work' },
  'AddressType[Type]': { M: 'postal', SH: 'postal' },
  'AllergenType[AllergyIntoleranceCategory]': {
    DA: 'medication',
    FA: 'food',
    EA: 'environment',
    AA: 'biologic',
    PA: 'environment',
    LA: 'environment',
  },
  AllergyType: {
    DA: 'allergy',
    FA: 'allergy',
    MA: 'allergy',
    EA: 'allergy',
    AA: 'allergy',
    PA: 'allergy',
    LA: 'allergy',
  },
  'AllergySeverity[AllergyIntolerance.criticality]': { SV: 'high', MI: 'low' },
  OrderStatus: {
    CA: 'revoked',
    CM: 'completed',
    DC: 'revoked',
    ER: 'entered-in-error',
    HD: 'on-hold',
    IP: 'active',
    RP: 'revoked',
    SC: 'active',
  },
  'OrderControlCode[ServiceRequest.status]': {
    AF: 'active',
    CA: 'active',
    CR: 'revoked',
    DC: 'revoked',
    DF: 'revoked',
    DR: 'revoked',
    FU: 'completed',
    HD: 'active',
    HR: 'on-hold',
    NW: 'active',
    OC: 'revoked',
    OD: 'revoked',
    OH: 'on-hold',
    OK: 'active',
    PR: 'active',
    PY: 'active',
    RL: 'active',
    RO: 'active',
    RQ: 'active',
  },
  'YesNoIndicator[AvailabilityStatus]': { Y: 'available', N: 'unavailable' },
  'Event[EncounterStatus]': {
    A01: 'in-progress',
    A02: 'in-progress',
    A03: 'finished',
    A04: 'planned',
    A05: 'planned',
    A08: 'unknown',
    A11: 'cancelled',
    A13: 'in-progress',
  },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

/** A vocabulary map name. @example `const name: VocabularyName = 'AdministrativeSex';` */
export type VocabularyName = keyof typeof IG_VOCABULARY;

/**
 * IG targets that are not valid R4 codes, and the code Meridian writes instead:
 * `ContactPoint.system` has no `mobile` (that is a `use`), so CP -> `phone`
 * (the mobile use is set from CP as well).
 *
 * @example
 * ```ts
 * MERIDIAN_VOCABULARY_DEVIATIONS.TelecommunicationEquipmentType.CP; // 'phone'
 * ```
 */
export const MERIDIAN_VOCABULARY_DEVIATIONS: Partial<Record<VocabularyName, Readonly<Record<string, string>>>> = {
  TelecommunicationEquipmentType: { CP: 'phone' },
};

/**
 * v2 codes the IG leaves unmapped where FHIR requires a value (a status).
 * OBX-11: I (pending) and O (order only) registered, R and S preliminary,
 * V and U final, B amended, N final with a data-absent reason. OBR-25: A
 * (some results) and N (results pending) partial, M (corrected, not final)
 * corrected.
 *
 * @example
 * ```ts
 * MERIDIAN_VOCABULARY_ADDITIONS.ObservationResultStatusCodesInterpretation?.I; // 'registered'
 * ```
 */
export const MERIDIAN_VOCABULARY_ADDITIONS: Partial<Record<VocabularyName, Readonly<Record<string, string>>>> = {
  ObservationResultStatusCodesInterpretation: {
    I: 'registered',
    O: 'registered',
    R: 'preliminary',
    S: 'preliminary',
    V: 'final',
    U: 'final',
    B: 'amended',
    N: 'final',
  },
  'ResultStatus[Non-Queries]': { A: 'partial', N: 'partial', M: 'corrected' },
};

/**
 * Looks a v2 code up in a vocabulary map (deviations first, then the IG, then
 * Meridian's additions); `undefined` when unmapped.
 *
 * @example
 * ```ts
 * import { mapV2Code } from '@meridian/fhir-adapter';
 * mapV2Code('AdministrativeSex', 'F'); // 'female'
 * ```
 */
export function mapV2Code(name: VocabularyName, code: string): string | undefined {
  if (code === '') return undefined;
  const table: Readonly<Record<string, string>> = IG_VOCABULARY[name];
  return MERIDIAN_VOCABULARY_DEVIATIONS[name]?.[code] ?? table[code] ?? MERIDIAN_VOCABULARY_ADDITIONS[name]?.[code];
}
