import type { ExtractionResult } from '@meridian/sdk';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ConText statuses the server puts in the `assertion` extension. */
export type AssertionCode = 'affirmed' | 'negated' | 'uncertain' | 'historical' | 'family';

/** Each assertion in words, shown beside its highlight so colour never carries it alone. */
export const ASSERTION_LABELS: Readonly<Record<AssertionCode, string>> = {
  affirmed: 'present',
  negated: 'negated',
  uncertain: 'uncertain',
  historical: 'historical',
  family: 'family history',
};

/** One extracted resource with where it came from in the note. */
export interface Mention {
  /** Position in the Bundle. */
  index: number;
  resourceType: string;
  resource: Record<string, unknown>;
  /** `[start, end)` in the note, or undefined when the resource carries no source span. */
  span: { start: number; end: number; text: string } | undefined;
  /** The assertions other than `affirmed`. */
  assertions: Exclude<AssertionCode, 'affirmed'>[];
  /** What it is: the first coding's display (or code), else the text. */
  display: string | undefined;
  /** The first coding as `system|code`, when coded. */
  code: string | undefined;
  /** The FHIR status element the assertion was mapped onto, in words. */
  status: string | undefined;
}

const codeOf = (c: unknown) =>
  isObject(c) && Array.isArray(c.coding) && isObject(c.coding[0]) ? String(c.coding[0].code ?? '') : undefined;

function conceptOf(resource: Json): Json | undefined {
  const c =
    resource.code ??
    resource.medicationCodeableConcept ??
    (Array.isArray(resource.condition) && isObject(resource.condition[0]) ? resource.condition[0].code : undefined);
  return isObject(c) ? c : undefined;
}

function statusOf(resource: Json): string | undefined {
  const parts = [
    ['clinical', codeOf(resource.clinicalStatus)],
    ['verification', codeOf(resource.verificationStatus)],
    ['status', typeof resource.status === 'string' ? resource.status : undefined],
    [
      'relative',
      isObject(resource.relationship) &&
      Array.isArray(resource.relationship.coding) &&
      isObject(resource.relationship.coding[0])
        ? String(resource.relationship.coding[0].display ?? '')
        : undefined,
    ],
  ].filter(([, v]) => v);
  return parts.length ? parts.map(([k, v]) => `${k}: ${v}`).join(', ') : undefined;
}

/**
 * The extracted resources of an extraction, each with its source span
 * (`source-span` extension), its assertions (`assertion` extension), what it
 * is and the status its assertion became.
 *
 * @example
 * ```ts
 * const [first] = mentionsOf(result);
 * first?.span?.text; // 'chest pain'
 * first?.assertions; // ['negated']
 * ```
 */
export function mentionsOf(result: Pick<ExtractionResult, 'bundle'>): Mention[] {
  return (result.bundle.entry ?? []).flatMap((entry, index) => {
    const resource = entry.resource as unknown;
    if (!isObject(resource)) return [];
    const extensions = Array.isArray(resource.extension) ? resource.extension.filter(isObject) : [];
    const spanExt = extensions.find((e) => String(e.url).endsWith('/source-span'));
    const parts = isObject(spanExt) && Array.isArray(spanExt.extension) ? spanExt.extension.filter(isObject) : [];
    const part = (url: string) => parts.find((p) => p.url === url);
    const start = part('start')?.valueInteger;
    const end = part('end')?.valueInteger;
    const span =
      typeof start === 'number' && typeof end === 'number'
        ? { start, end, text: String(part('text')?.valueString ?? '') }
        : undefined;
    const assertions = extensions
      .filter(
        (e) =>
          String(e.url).endsWith('/assertion') &&
          e.valueCode !== 'affirmed' &&
          typeof e.valueCode === 'string' &&
          e.valueCode in ASSERTION_LABELS,
      )
      .map((e) => e.valueCode as Exclude<AssertionCode, 'affirmed'>);
    const concept = conceptOf(resource);
    const coding =
      concept && Array.isArray(concept.coding) && isObject(concept.coding[0]) ? concept.coding[0] : undefined;
    const display = coding
      ? String(coding.display ?? coding.code ?? '') || undefined
      : typeof concept?.text === 'string'
        ? concept.text
        : undefined;
    return [
      {
        index,
        resourceType: String(resource.resourceType),
        resource,
        span,
        assertions,
        display,
        code: coding?.code ? `${String(coding.system ?? '')}|${String(coding.code)}` : undefined,
        status: statusOf(resource),
      },
    ];
  });
}

/**
 * A mention in a few words: the type, what it is, and its assertions.
 *
 * @example
 * ```ts
 * mentionLabel(mention); // 'Condition: chest pain (negated)'
 * ```
 */
export function mentionLabel(mention: Mention): string {
  const what = mention.display ?? mention.span?.text ?? '';
  const flags = mention.assertions.map((a) => ASSERTION_LABELS[a]).join(', ');
  return `${mention.resourceType}${what ? `: ${what}` : ''}${flags ? ` (${flags})` : ''}`;
}
