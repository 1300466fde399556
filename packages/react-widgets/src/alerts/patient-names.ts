import { patientDisplayName, type Meridian } from '@meridian/sdk';

/**
 * Looks up, through the SDK (`client.fhir.read`, an audited read), the
 * display name of each `Patient/{id}` not yet in `known`, in parallel, and
 * records it there; a patient whose record cannot be read (no such
 * patient, a role without FHIR read, a name-less record) is recorded as
 * `null` and not asked again. Never throws.
 *
 * @example
 * ```ts
 * const known = new Map<string, string | null>();
 * await resolvePatientNames(client, ['Patient/demo-ada'], known);
 * known.get('Patient/demo-ada'); // 'Ada Demo'
 * ```
 */
export async function resolvePatientNames(
  client: Meridian,
  references: readonly string[],
  known: Map<string, string | null>,
): Promise<void> {
  const wanted = [...new Set(references)].filter((r) => !known.has(r) && r.startsWith('Patient/'));
  await Promise.all(
    wanted.map(async (reference) => {
      try {
        const patient = await client.fhir.read<{ resourceType: string; name?: [] }>(
          'Patient',
          reference.slice('Patient/'.length),
        );
        known.set(reference, patientDisplayName(patient) ?? null);
      } catch {
        known.set(reference, null);
      }
    }),
  );
}
