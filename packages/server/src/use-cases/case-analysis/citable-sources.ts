import type { PatientContext } from '@meridian/fhir-adapter';
import type { CitableSources } from '../../engines/safety/check-citations.js';
import type { RetrievedChunk } from '../../engines/analysis/retrieved-chunk.js';

/**
 * What claims of one request may cite: the patient and every resource its
 * context read, and the chunks retrieved for it.
 *
 * @example
 * ```ts
 * const sources = citableSources(context, chunks);
 * sources.patientFacts.has('Observation/rr'); // true
 * ```
 */
export function citableSources(context: PatientContext, chunks: readonly RetrievedChunk[]): CitableSources {
  const facts = new Set<string>([context.patient.reference]);
  for (const m of Object.values(context.measurements)) if (m) facts.add(m.source);
  for (const f of Object.values(context.findings)) if (f) facts.add(f.source);
  for (const entry of [...context.conditions, ...context.medications, ...context.allergies]) facts.add(entry.source);
  return { patientFacts: facts, chunkIds: new Set(chunks.map((c) => c.chunkId)) };
}
