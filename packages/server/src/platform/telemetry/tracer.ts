import { trace } from '@opentelemetry/api';

/**
 * Meridian's OpenTelemetry tracer. Without an SDK registered by the host
 * process, spans are no-ops. Span attributes never carry PHI: routes are
 * patterns (`/fhir/:type/:id`), never raw URLs or query strings.
 */
export const tracer = trace.getTracer('@meridian/server');
