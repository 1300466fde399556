import { extractText, getDocumentProxy } from 'unpdf';
import { badRequest } from '../errors/outcome-error.js';

/**
 * The text of a PDF (base64), page by page, through `unpdf` (PDF.js); each
 * page becomes a section headed `Page n` so chunks say where they came from.
 * A file that is not a readable PDF is a 400.
 *
 * @example
 * ```ts
 * const markdown = await extractPdfText(base64Pdf); // '# Page 1\n...'
 * ```
 */
export async function extractPdfText(base64: string): Promise<string> {
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  if (bytes.length < 5 || Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-')
    throw badRequest('content is not a base64 PDF', ['body.content']);
  try {
    const pdf = await getDocumentProxy(bytes);
    const { text } = await extractText(pdf, { mergePages: false });
    return (text as string[]).map((page, i) => `# Page ${i + 1}\n${page}`).join('\n\n');
  } catch {
    throw badRequest('the PDF could not be read', ['body.content']);
  }
}
