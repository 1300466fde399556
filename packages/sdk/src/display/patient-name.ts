/**
 * A FHIR Patient's name as people write it, for lists and alerts.
 *
 * @module
 */

/** The parts of a FHIR R4 `HumanName` a display name is made from. */
export interface HumanNameParts {
  use?: string | undefined;
  text?: string | undefined;
  given?: readonly string[] | undefined;
  family?: string | undefined;
  prefix?: readonly string[] | undefined;
}

const USE_ORDER = ['usual', 'official', undefined, 'nickname', 'anonymous', 'temp', 'old', 'maiden'];

/**
 * The name to show for a Patient (or any resource with `name: HumanName[]`):
 * the `usual`, else `official`, else first name that is not `old`; its
 * `text` when given, else given names then family name. `undefined` when
 * the resource has no usable name.
 *
 * @example
 * ```ts
 * patientDisplayName({ name: [{ use: 'official', given: ['Ada'], family: 'Demo' }] }); // 'Ada Demo'
 * patientDisplayName({ name: [] }); // undefined
 * ```
 */
export function patientDisplayName(resource: { name?: readonly HumanNameParts[] | undefined }): string | undefined {
  const names = (resource.name ?? []).filter((n) => n.use !== 'old');
  const ranked = [...names].sort((a, b) => rank(a.use) - rank(b.use));
  for (const name of ranked) {
    const text = name.text?.trim() || [...(name.given ?? []), name.family].filter(Boolean).join(' ').trim();
    if (text) return text;
  }
  return undefined;
}

function rank(use: string | undefined): number {
  const i = USE_ORDER.indexOf(use);
  return i === -1 ? USE_ORDER.length : i;
}

/**
 * A short form of a long reference for when no name is known:
 * `Patient/831084a7f7b7…` (the id cut to 12 characters).
 *
 * @example
 * ```ts
 * shortReference('Patient/831084a7f7b783c82ca02d1398d0e3c9'); // 'Patient/831084a7f7b7…'
 * ```
 */
export function shortReference(reference: string, keep = 12): string {
  const slash = reference.indexOf('/');
  const id = reference.slice(slash + 1);
  return id.length > keep + 1 ? `${reference.slice(0, slash + 1)}${id.slice(0, keep)}…` : reference;
}
