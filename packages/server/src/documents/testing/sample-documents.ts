import { createCanvas } from '@napi-rs/canvas';
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
