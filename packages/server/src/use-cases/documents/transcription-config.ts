/** Where audio is transcribed: an OpenAI-compatible `/v1/audio/transcriptions` endpoint (Whisper). */
export interface TranscriptionConfig {
  /** Base URL up to `/v1` (`http://whisper:8000/v1`); `TRANSCRIPTION_BASE_URL`. */
  baseUrl: string;
  /** `TRANSCRIPTION_API_KEY`, when the endpoint wants one. */
  apiKey?: string | undefined;
  /** `TRANSCRIPTION_MODEL` (default `whisper-1`). */
  model: string;
  /** Per-request timeout (default 120 s). */
  timeoutMs?: number | undefined;
}

/**
 * The transcription endpoint of the environment, or `null` when
 * `TRANSCRIPTION_BASE_URL` is unset (audio uploads are then refused with 415).
 *
 * @example
 * ```ts
 * transcriptionConfigFromEnv({ TRANSCRIPTION_BASE_URL: 'http://whisper:8000/v1' }); // { baseUrl, model: 'whisper-1' }
 * ```
 */
export function transcriptionConfigFromEnv(env: {
  TRANSCRIPTION_BASE_URL?: string | undefined;
  TRANSCRIPTION_API_KEY?: string | undefined;
  TRANSCRIPTION_MODEL?: string | undefined;
}): TranscriptionConfig | null {
  if (!env.TRANSCRIPTION_BASE_URL) return null;
  return {
    baseUrl: env.TRANSCRIPTION_BASE_URL,
    apiKey: env.TRANSCRIPTION_API_KEY,
    model: env.TRANSCRIPTION_MODEL ?? 'whisper-1',
  };
}
