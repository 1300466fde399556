import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { badRequest } from '../../platform/errors/outcome-error.js';

const require = createRequire(import.meta.url);

/**
 * The folder of the English LSTM model (`eng.traineddata.gz`, integer "best"
 * model) shipped by the npm package `@tesseract.js-data/eng`: OCR never
 * downloads a model (no CDN at run time).
 *
 * @example
 * ```ts
 * ENGLISH_MODEL_DIR; // '/app/node_modules/@tesseract.js-data/eng/4.0.0_best_int'
 * ```
 */
export const ENGLISH_MODEL_DIR = path.join(
  path.dirname(require.resolve('@tesseract.js-data/eng/package.json')),
  '4.0.0_best_int',
);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

let worker: Promise<Worker> | undefined;
/** Progress listeners of the recognitions under way, by tesseract job id. */
const listeners = new Map<string, (fraction: number) => void>();
const onLog = (m: { userJobId?: string; status?: string; progress?: number }) => {
  if (m.status === 'recognizing text' && m.userJobId) listeners.get(m.userJobId)?.(m.progress ?? 0);
};

/** One tesseract worker per process, started on first use with the packaged model and no cache written. */
function englishWorker(): Promise<Worker> {
  // Without an errorHandler, tesseract.js throws a failed recognition out of its message listener and the process crashes.
  const options = {
    langPath: ENGLISH_MODEL_DIR,
    gzip: true,
    cacheMethod: 'none',
    logger: onLog,
    errorHandler: () => undefined,
  };
  worker ??= createWorker('eng', OEM.LSTM_ONLY, options).catch((error: unknown) => {
    worker = undefined;
    throw error;
  });
  return worker;
}

/**
 * The text of a PNG or JPEG image, read by `tesseract.js` (English LSTM model
 * from `@tesseract.js-data/eng`, offline). Slow (about a second a page):
 * routes send images through the job queue. Bytes that are not a PNG or JPEG,
 * or an image tesseract cannot decode, are a 400. `onProgress` hears the fraction recognised (0 to 1) as it goes.
 *
 * @example
 * ```ts
 * const text = await ocrImage(pngBytes, (f) => console.log(Math.round(f * 100), '%')); // 'Discharge summary: pneumonia\n...'
 * ```
 */
export async function ocrImage(image: Buffer, onProgress?: (fraction: number) => void): Promise<string> {
  if (!PNG_SIGNATURE.equals(image.subarray(0, 8)) && !JPEG_SIGNATURE.equals(image.subarray(0, 3)))
    throw badRequest('content is not a PNG or JPEG image', ['body']);
  const w = await englishWorker();
  const id = randomUUID();
  if (onProgress) listeners.set(id, onProgress);
  try {
    const { data } = await w.recognize(image, {}, { text: true }, id);
    return data.text;
  } catch {
    throw badRequest('the image could not be read', ['body']);
  } finally {
    listeners.delete(id);
  }
}

/** Stops the OCR worker (tests, shutdown). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await (await w).terminate();
}
