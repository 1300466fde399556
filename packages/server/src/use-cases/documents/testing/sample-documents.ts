import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Document, Packer, Paragraph } from 'docx';

/**
 * A DOCX file with one paragraph per line, written by the `docx` library.
 *
 * @example
 * ```ts
 * const bytes = await sampleDocx(['Discharge summary', 'Pneumonia, improving.']);
 * ```
 */
export async function sampleDocx(lines: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return Packer.toBuffer(doc);
}

/**
 * Why text cannot be drawn for OCR tests (no system font for the canvas), or
 * `undefined` when it can. The machines' image ships DejaVu (fonts-dejavu-core).
 *
 * @example
 * ```ts
 * it.skipIf(noFontReason())('reads an image', ...);
 * ```
 */
export function noFontReason(): string | undefined {
  return GlobalFonts.families.length ? undefined : 'no system font for @napi-rs/canvas (install fonts-dejavu-core)';
}

/**
 * A PNG (or JPEG) of black text lines on white, drawn with `@napi-rs/canvas`, for OCR tests.
 *
 * @example
 * ```ts
 * const png = sampleImage(['Blood pressure 128/82 mmHg']);
 * ```
 */
export function sampleImage(lines: readonly string[], format: 'image/png' | 'image/jpeg' = 'image/png'): Buffer {
  const canvas = createCanvas(900, 60 + lines.length * 56);
  const g = canvas.getContext('2d');
  g.fillStyle = 'white';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = 'black';
  g.font = '32px sans-serif';
  lines.forEach((line, i) => g.fillText(line, 24, 60 + i * 56));
  return format === 'image/png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', 95);
}
