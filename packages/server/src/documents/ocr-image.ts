import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { badRequest } from '../errors/outcome-error.js';

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
export const ENGLISH_MODEL_DIR = path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

let worker: Promise<Worker> | undefined;

/** One tesseract worker per process, started on first use with the packaged model and no cache written. */
function englishWorker(): Promise<Worker> {
  // Without an errorHandler, tesseract.js throws a failed recognition out of its message listener and the process crashes.
  const options = { langPath: ENGLISH_MODEL_DIR, gzip: true, cacheMethod: 'none', logger: () => undefined, errorHandler: () => undefined };
  worker ??= createWorker('eng', OEM.LSTM_ONLY, options).catch((error: unknown) => {
    worker = undefined;
    throw error;
  });
  return worker;
}

/**
 * The text of a PNG or JPEG image, read by `tesseract.js` (English LSTM model
 * from `@tesseract.js-data/eng`, offline). Slow (about a second a page):
 * routes send images through the job queue. An image tesseract cannot decode
 * is a 400.
 *
 * @example
 * ```ts
 * const text = await ocrImage(pngBytes); // 'Discharge summary: pneumonia\n...'
 * ```
 */
export async function ocrImage(image: Buffer): Promise<string> {
  const w = await englishWorker();
  try {
    const { data } = await w.recognize(image);
    return data.text;
  } catch {
    throw badRequest('the image could not be read', ['body']);
  }
}

/** Stops the OCR worker (tests, shutdown). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await (await w).terminate();
}
