/**
 * ADT^A40 merge, inside the message's transaction: the retired Patient is
 * marked inactive and linked `replaced-by` the survivor, and every current
 * resource of its compartment is re-pointed to the survivor (as a new
 * version), so the survivor's record, and its risk, see all the data.
 *
 * @module
 */
import { patientCompartment, writeResource } from '../../../platform/fhir-store/resource-repository.js';
import type { FhirResource } from '../../../platform/fhir-store/resource-fields.js';
import type { Queryable } from '../../../platform/store/db.js';

const PATIENT_FIELDS = ['subject', 'patient'] as const;

/**
 * Applies a merge; returns the references it rewrote.
 *
 * @example
 * ```ts
 * await applyMerge(tx, 'demo', { survivor: 'Patient/a', retired: 'Patient/b' }, new Date());
 * ```
 */
export async function applyMerge(
  tx: Queryable,
  tenantId: string,
  merge: { survivor: string; retired: string },
  now: Date,
): Promise<string[]> {
  const resources = await patientCompartment(tx, tenantId, merge.retired);
  const touched: string[] = [];
  const retired: FhirResource = resources.find((r) => r.resourceType === 'Patient') ?? {
    resourceType: 'Patient',
    id: merge.retired.slice('Patient/'.length),
  };
  const links = ((retired.link as { other: { reference: string }; type: string }[] | undefined) ?? []).filter(
    (l) => l.other.reference !== merge.survivor,
  );
  await writeResource(
    tx,
    tenantId,
    { ...retired, active: false, link: [...links, { other: { reference: merge.survivor }, type: 'replaced-by' }] },
    now,
  );
  touched.push(merge.retired);
  for (const resource of resources) {
    if (resource.resourceType === 'Patient') continue;
    const moved: FhirResource = { ...resource };
    for (const field of PATIENT_FIELDS) {
      const ref = moved[field] as { reference?: string } | undefined;
      if (ref?.reference === merge.retired) moved[field] = { ...ref, reference: merge.survivor };
    }
    await writeResource(tx, tenantId, moved, now);
    touched.push(`${resource.resourceType}/${resource.id}`);
  }
  return touched;
}
