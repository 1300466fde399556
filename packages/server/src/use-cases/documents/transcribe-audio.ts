import OpenAI, { toFile } from 'openai';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import type { TranscriptionConfig } from './transcription-config.js';

const EXTENSIONS: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
};

/**
 * The extension point for audio: sends the recording to an OpenAI-compatible
 * Whisper endpoint (`POST {baseUrl}/audio/transcriptions`, multipart, through
 * the `openai` package's audio API) and returns the transcript text. Any
 * server that answers that endpoint works (vLLM, faster-whisper servers,
 * whisper.cpp's server, OpenAI). An endpoint failure is a 503 (the job
 * retries); the audio itself never goes to a log.
 *
 * @example
 * ```ts
 * const text = await transcribeAudio({ baseUrl: 'http://whisper:8000/v1', model: 'whisper-1' }, bytes, 'audio/wav');
 * ```
 */
export async function transcribeAudio(
  config: TranscriptionConfig,
  audio: Buffer,
  contentType: string,
): Promise<string> {
  const client = new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey ?? 'none',
    timeout: config.timeoutMs ?? 120_000,
    maxRetries: 1,
  });
  try {
    const file = await toFile(audio, `recording.${EXTENSIONS[contentType] ?? 'bin'}`, { type: contentType });
    const result = await client.audio.transcriptions.create({ file, model: config.model, response_format: 'json' });
    return result.text;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== undefined && status >= 400 && status < 500 && status !== 429)
      throw new OutcomeError(
        'unprocessable-entity',
        `the transcription endpoint refused the recording (HTTP ${status})`,
      );
    throw new OutcomeError('service-unavailable', 'the transcription endpoint did not answer; try again later');
  }
}
