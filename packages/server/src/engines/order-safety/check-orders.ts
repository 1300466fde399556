/**
 * Order-safety checks: allergy–order conflicts, duplicate active orders in
 * one class, and orders against a documented contraindicating condition.
 * Pure; each finding carries its evidence. Never proposes a dose or a drug.
 *
 * @module
 */
import type { AllergyEntry, PatientContext } from '@meridian/fhir-adapter';
import { findMatchingCoding } from '../risk/codes/code-set.js';
import { conditionMatches, medicationMatches } from './drug-class-match.js';
import { RXNORM } from '../risk/codes/code-systems.js';
import { ALLERGEN_CLASSES, type AllergenClass } from './allergy-classes.js';
import { CONTRAINDICATION_RULES } from './contraindication-rules.js';
import { DUPLICATE_CHECK_CLASSES } from './drug-classes.js';
import type { Evidence, OrderFinding } from './order-finding.js';
import { AAAAI_DRUG_ALLERGY_2022, AGS_BEERS_2023 } from './order-safety-citations.js';
import { orderName, type OrderEntry } from './orders.js';

const INACTIVE_ALLERGY = new Set(['inactive', 'resolved']);
const ACTIVE_MEDICATION = new Set(['active', 'on-hold']);

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z-]+/)
      .filter(Boolean),
  );
const allergyTexts = (a: AllergyEntry) =>
  [a.text, ...a.codes.map((c) => c.display)].filter((t): t is string => typeof t === 'string');

function allergyNamesClass(allergy: AllergyEntry, allergen: AllergenClass): boolean {
  if (findMatchingCoding(allergy.codes, { id: allergen.id, title: allergen.title, codes: allergen.allergyCodes }))
    return true;
  return allergyTexts(allergy).some((t) => {
    const have = words(t);
    return allergen.allergyTerms.some((term) => (term.includes(' ') ? t.toLowerCase().includes(term) : have.has(term)));
  });
}

/**
 * Orders whose drug belongs to a class the patient has an active allergy to.
 *
 * @example
 * ```ts
 * findAllergyConflicts(ordersFromBundle(draftOrders), context); // [{ kind: 'allergy-conflict', indicator: 'critical', evidence: [...] }]
 * ```
 */
export function findAllergyConflicts(orders: readonly OrderEntry[], context: PatientContext): OrderFinding[] {
  const allergies = context.allergies.filter((a) => !INACTIVE_ALLERGY.has(a.clinicalStatus ?? 'active'));
  const findings: OrderFinding[] = [];
  for (const order of orders.filter((o) => o.isMedication)) {
    for (const allergen of ALLERGEN_CLASSES) {
      if (!medicationMatches(order.codes, order.text, allergen.drugs)) continue;
      const matching = allergies.filter((a) => allergyNamesClass(a, allergen));
      if (!matching.length) continue;
      findings.push({
        kind: 'allergy-conflict',
        order,
        indicator: matching.some((a) => a.criticality === 'high') ? 'critical' : 'warning',
        headline: `${orderName(order)}: documented allergy to ${allergen.title.toLowerCase()}`.slice(0, 99),
        rationale: `The order belongs to the ${allergen.title.toLowerCase()} class, to which the patient has a recorded allergy or intolerance.`,
        evidence: matching.map((a) => ({
          reference: a.source,
          description: `${a.text ?? a.codes[0]?.display ?? 'Allergy'}${a.criticality ? ` (criticality ${a.criticality})` : ''}`,
        })),
        citation: AAAAI_DRUG_ALLERGY_2022,
      });
    }
  }
  return findings;
}

const rxnormCodes = (codes: readonly { system?: string; code?: string }[]) =>
  new Set(codes.filter((c) => c.system === RXNORM && c.code).map((c) => c.code!));

/**
 * Draft orders that duplicate an active medication (same RxNorm code or same class), or another draft order.
 *
 * @example
 * ```ts
 * findDuplicateOrders(orders, context).map((f) => f.headline); // ['Ibuprofen 600 MG Oral Tablet: possible duplicate (non-steroidal anti-inflammatory drug)']
 * ```
 */
export function findDuplicateOrders(orders: readonly OrderEntry[], context: PatientContext): OrderFinding[] {
  const drafts = orders.filter((o) => o.isMedication);
  const active = context.medications.filter(
    (m) => ACTIVE_MEDICATION.has(m.status ?? 'active') && !drafts.some((d) => d.reference === m.source),
  );
  const findings: OrderFinding[] = [];
  drafts.forEach((order, index) => {
    const others = [
      ...active.map((m) => ({ reference: m.source, codes: m.codes, text: m.text, label: 'active' })),
      ...drafts
        .filter((_, j) => j !== index)
        .map((d) => ({ reference: d.reference, codes: d.codes, text: d.text, label: 'draft' })),
    ];
    const sameCode = rxnormCodes(order.codes);
    const evidence: Evidence[] = [];
    let className: string | undefined;
    for (const other of others) {
      const same = [...rxnormCodes(other.codes)].some((c) => sameCode.has(c));
      const shared = DUPLICATE_CHECK_CLASSES.find(
        (cls) => medicationMatches(order.codes, order.text, cls) && medicationMatches(other.codes, other.text, cls),
      );
      if (!same && !shared) continue;
      className ??= same ? 'the same drug' : shared!.title.toLowerCase();
      evidence.push({
        reference: other.reference,
        description: `${other.label} order: ${orderName({ ...other, text: other.text })}`,
      });
    }
    if (!evidence.length) return;
    findings.push({
      kind: 'duplicate-order',
      order,
      indicator: 'warning',
      headline: `${orderName(order)}: possible duplicate (${className})`.slice(0, 99),
      rationale: 'Another active or draft order for the patient is in the same therapeutic class.',
      evidence,
      citation: AGS_BEERS_2023,
    });
  });
  return findings;
}

/**
 * Orders against a documented contraindicating condition or a current laboratory value.
 *
 * @example
 * ```ts
 * findContraindications(orders, context).map((f) => f.evidence); // [[{ reference: 'Condition/c1', description: '… (Haemorrhage)' }]]
 * ```
 */
export function findContraindications(orders: readonly OrderEntry[], context: PatientContext): OrderFinding[] {
  const findings: OrderFinding[] = [];
  for (const order of orders.filter((o) => o.isMedication)) {
    for (const rule of CONTRAINDICATION_RULES) {
      if (!medicationMatches(order.codes, order.text, rule.drugs)) continue;
      const evidence: Evidence[] = context.conditions.flatMap((c) => {
        const set = rule.conditions.find((s) => conditionMatches(c.codes, s));
        return set
          ? [{ reference: c.source, description: `${c.text ?? c.codes[0]?.display ?? set.title} (${set.title})` }]
          : [];
      });
      const lab = rule.measureAtOrBelow && context.measurements[rule.measureAtOrBelow.measure];
      if (lab && !lab.stale && lab.value <= rule.measureAtOrBelow!.limit) {
        evidence.push({
          reference: lab.source,
          description: `${rule.measureAtOrBelow!.label}: ${lab.value} ${rule.measureAtOrBelow!.unit}`,
        });
      }
      if (!evidence.length) continue;
      findings.push({
        kind: 'contraindication',
        order,
        indicator: rule.indicator,
        headline: `${orderName(order)}: ${rule.drugs.title.toLowerCase()} with a contraindicating condition`.slice(
          0,
          99,
        ),
        rationale: rule.rationale,
        evidence,
        citation: rule.citation,
      });
    }
  }
  return findings;
}

/**
 * Every order-safety finding for the orders, in a stable order.
 *
 * @example
 * ```ts
 * const findings = checkOrders(ordersFromBundle(request.context.draftOrders), context);
 * ```
 */
export function checkOrders(orders: readonly OrderEntry[], context: PatientContext): OrderFinding[] {
  return [
    ...findAllergyConflicts(orders, context),
    ...findContraindications(orders, context),
    ...findDuplicateOrders(orders, context),
  ];
}
