import { OutcomeError, serverError } from './outcome-error.js';

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
  'request.size.invalid': () => new OutcomeError('validation-failed', 'the request body is shorter or longer than its Content-Length'),
};

/**
 * Turns anything thrown while serving a request into an {@link OutcomeError}:
 * ours pass through, the body parser's become their 4xx, anything else is a
 * 500 whose message is withheld (it may hold PHI). `unexpected` says whether
 * the caller should log it as a fault.
 */
export function normaliseError(error: unknown): { error: OutcomeError; unexpected: boolean } {
  if (error instanceof OutcomeError) return { error, unexpected: false };
  const parserError = error as BodyParserError;
  const known = parserError?.type ? BODY_PARSER_ERRORS[parserError.type] : undefined;
  if (known) return { error: known(parserError), unexpected: false };
  if (parserError?.expose && parserError.status && parserError.status >= 400 && parserError.status < 500) {
    return { error: new OutcomeError('validation-failed', 'the request could not be read'), unexpected: false };
  }
  return { error: serverError(), unexpected: true };
}
