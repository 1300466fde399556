type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function codingText(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  if (typeof concept.text === 'string') return concept.text;
  const coding = Array.isArray(concept.coding) ? concept.coding.find(isObject) : undefined;
  return coding ? String(coding.display ?? coding.code ?? '') || undefined : undefined;
}

function valueText(resource: Json): string | undefined {
  const q = resource.valueQuantity;
  if (isObject(q) && typeof q.value === 'number') return `${q.value}${q.unit ? ` ${String(q.unit)}` : ''}`;
  if (typeof resource.valueString === 'string') return resource.valueString;
  return codingText(resource.valueCodeableConcept);
}

/**
 * A cited FHIR resource in a few lines a clinician reads: its reference,
 * what it is (code), its value, and when. Fields absent are left out.
 *
 * @example
 * ```ts
 * describeResource({ resourceType: 'Observation', id: 'rr', code: { text: 'Respiratory rate' }, valueQuantity: { value: 24, unit: '/min' } });
 * // ['Observation/rr', 'Respiratory rate', 'Value: 24 /min']
 * ```
 */
export function describeResource(resource: Record<string, unknown>): string[] {
  const when =
    resource.effectiveDateTime ??
    resource.onsetDateTime ??
    resource.recordedDate ??
    resource.authoredOn ??
    resource.issued;
  const status = resource.clinicalStatus
    ? codingText(resource.clinicalStatus)
    : typeof resource.status === 'string'
      ? resource.status
      : undefined;
  const what = codingText(resource.code) ?? codingText(resource.medicationCodeableConcept);
  const value = valueText(resource);
  return [
    `${String(resource.resourceType)}/${String(resource.id ?? '?')}`,
    ...(what ? [what] : []),
    ...(value ? [`Value: ${value}`] : []),
    ...(typeof when === 'string' ? [`When: ${when}`] : []),
    ...(status ? [`Status: ${status}`] : []),
  ];
}
