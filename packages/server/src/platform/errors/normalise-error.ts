import { OutcomeError, serverError } from './outcome-error.js';
import { DatabaseUnavailableError } from '../store/db.js';

/** Errors thrown by Express's body parser carry a `type` and a 4xx `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  /** For `entity.too.large`: the body's length and the limit, in bytes. */
  length?: number;
  limit?: number;
}

const bytes = (n: number | undefined) => (n === undefined ? 'unknown' : `${n.toLocaleString('en-US')} bytes`);

const BODY_PARSER_ERRORS: Record<string, (e: BodyParserError) => OutcomeError> = {
  'entity.parse.failed': () => new OutcomeError('invalid-json', 'the request body is not valid JSON'),
  'entity.too.large': (e) =>
    new OutcomeError(
      'payload-too-large',
      `the request body (${bytes(e.length)}) exceeds this server's limit (${bytes(e.limit)}, MERIDIAN_BODY_LIMIT); split a large Bundle into several transactions`,
    ),
  'encoding.unsupported': () => new OutcomeError('unsupported-media-type', 'unsupported Content-Encoding'),
  'charset.unsupported': () => new OutcomeError('unsupported-media-type', 'unsupported charset: send UTF-8'),
  'request.aborted': () => new OutcomeError('validation-failed', 'the request body was aborted by the client'),
  'request.size.invalid': () =>
    new OutcomeError('validation-failed', 'the request body is shorter or longer than its Content-Length'),
};

/**
 * SQLSTATEs by which the database refuses a value it was given (a character
 * it cannot store, a value too large or too deep for `jsonb`): the request's
 * fault, answered 400. Code checks the input before it gets there; this is the
 * last net.
 */
const REFUSED_VALUE_SQLSTATES = new Set(['22021', '22P02', '22P05', '54000', '54001']);

/**
 * Turns anything thrown while serving a request into an {@link OutcomeError}:
 * ours pass through, the body parser's become their 4xx, a path Express could
 * not decode is a 400, a value the database refused is a 400, an embedded
 * database being reopened is a 503; anything else is a 500 whose message is
 * withheld (it may hold PHI). `unexpected` says whether the caller should log
 * it as a fault.
 *
 * @example
 * ```ts
 * normaliseError(new URIError('URI malformed')).error.code; // 'validation-failed'
 * ```
 */
export function normaliseError(error: unknown): { error: OutcomeError; unexpected: boolean } {
  if (error instanceof OutcomeError) return { error, unexpected: false };
  if (error instanceof URIError) {
    return {
      error: new OutcomeError('validation-failed', 'the URL path is not valid percent-encoded UTF-8'),
      unexpected: false,
    };
  }
  if (error instanceof DatabaseUnavailableError) {
    return {
      error: new OutcomeError('service-unavailable', error.message, [], { 'Retry-After': '1' }),
      unexpected: true,
    };
  }
  const sqlState = (error as { code?: unknown } | null)?.code;
  if (typeof sqlState === 'string' && REFUSED_VALUE_SQLSTATES.has(sqlState)) {
    return {
      error: new OutcomeError(
        'validation-failed',
        `the database refused a value of this request (SQLSTATE ${sqlState})`,
      ),
      unexpected: false,
    };
  }
  const parserError = error as BodyParserError;
  const known = parserError?.type ? BODY_PARSER_ERRORS[parserError.type] : undefined;
  if (known) return { error: known(parserError), unexpected: false };
  if (parserError?.expose && parserError.status && parserError.status >= 400 && parserError.status < 500) {
    return { error: new OutcomeError('validation-failed', 'the request could not be read'), unexpected: false };
  }
  return { error: serverError(), unexpected: true };
}
