import type { Measurement, MeasureKey, PatientContext } from '@meridian/fhir-adapter';
import { formatQuantity, LIKELIHOOD_RANGES, type Differential, type LikelihoodBand } from '@meridian/sdk';
import type { RiskResult } from '../risk/index.js';
import * as C from './condition-codes.js';

/** What a curated differential rule sees. */
export interface RuleInput {
  context: PatientContext;
  risk: readonly RiskResult[];
}

type Finding = { text: string; source: string };

const fresh = (context: PatientContext, key: MeasureKey): Measurement | undefined => {
  const m = context.measurements[key];
  return m && !m.stale ? m : undefined;
};
const finding = (m: Measurement, label: string): Finding => ({
  text: `${label} ${formatQuantity(m.value, m.unit)}`,
  source: m.source,
});

function differential(
  condition: { system: string; code: string; display: string },
  band: LikelihoodBand,
  findingsFor: Finding[],
  findingsAgainst: Finding[] = [],
): Differential {
  return {
    condition: condition.display,
    code: { ...condition },
    likelihood: { band, probabilityRange: { ...LIKELIHOOD_RANGES[band] } },
    findingsFor: findingsFor.map((f) => f.text),
    findingsAgainst: findingsAgainst.map((f) => f.text),
    citations: [...new Set([...findingsFor, ...findingsAgainst].map((f) => f.source))].map((reference) => ({
      kind: 'patient-fact' as const,
      reference,
    })),
  };
}

/** Sepsis: two or more SIRS criteria from current values (temperature, heart rate, respiratory rate, white cells); high with qSOFA certainly ≥ 2 or lactate > 2. */
function sepsis({ context, risk }: RuleInput): Differential | null {
  const sirs: Finding[] = [];
  const t = fresh(context, 'temperature');
  if (t && (t.value > 38 || t.value < 36)) sirs.push(finding(t, 'Temperature'));
  const hr = fresh(context, 'heartRate');
  if (hr && hr.value > 90) sirs.push(finding(hr, 'Heart rate'));
  const rr = fresh(context, 'respiratoryRate');
  if (rr && rr.value > 20) sirs.push(finding(rr, 'Respiratory rate'));
  const wbc = fresh(context, 'whiteBloodCells');
  if (wbc && (wbc.value > 12 || wbc.value < 4)) sirs.push(finding(wbc, 'White cell count'));
  if (sirs.length < 2) return null;
  const qsofa = risk.find((r) => r.calculatorId === 'qsofa');
  const lactate = fresh(context, 'lactate');
  const support = [...sirs];
  if (lactate && lactate.value > 2) support.push(finding(lactate, 'Lactate'));
  // qSOFA by its certain total: the lowest any value of its missing inputs allows.
  const high = (qsofa?.totalRange?.min ?? 0) >= 2 || (lactate?.value ?? 0) > 2;
  return differential(C.SNOMED_SEPSIS, high ? 'high' : 'moderate', support);
}

/** A single laboratory abnormality that is itself the diagnosis (the value cited). */
const labDiagnosis =
  (
    key: MeasureKey,
    label: string,
    condition: { system: string; code: string; display: string },
    test: (v: number) => LikelihoodBand | null,
  ) =>
  ({ context }: RuleInput): Differential | null => {
    const m = fresh(context, key);
    const band = m ? test(m.value) : null;
    return m && band ? differential(condition, band, [finding(m, label)]) : null;
  };

/**
 * The curated differential rules: a differential is offered only where one
 * of these supports it, with the values it rests on cited.
 */
export const DIFFERENTIAL_RULES: ReadonlyArray<(input: RuleInput) => Differential | null> = [
  sepsis,
  labDiagnosis('potassium', 'Potassium', C.SNOMED_HYPERKALEMIA, (v) =>
    v >= 6 ? 'high' : v >= 5.5 ? 'moderate' : null,
  ),
  labDiagnosis('potassium', 'Potassium', C.SNOMED_HYPOKALEMIA, (v) => (v < 3 ? 'high' : v < 3.5 ? 'moderate' : null)),
  labDiagnosis('sodium', 'Sodium', C.SNOMED_HYPONATREMIA, (v) => (v < 130 ? 'high' : v < 135 ? 'moderate' : null)),
  labDiagnosis('glucose', 'Glucose', C.SNOMED_HYPOGLYCEMIA, (v) => (v < 3 ? 'high' : v < 3.9 ? 'moderate' : null)),
  labDiagnosis('hemoglobin', 'Hemoglobin', C.SNOMED_ANEMIA, (v) => (v < 10 ? 'high' : v < 12 ? 'moderate' : null)),
  labDiagnosis('oxygenSaturation', 'SpO2', C.SNOMED_HYPOXEMIA, (v) => (v <= 91 ? 'high' : v <= 93 ? 'moderate' : null)),
];
