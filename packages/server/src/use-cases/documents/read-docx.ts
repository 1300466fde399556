import mammoth from 'mammoth';
import { badRequest } from '../../platform/errors/outcome-error.js';

/**
 * The raw text of a DOCX file, paragraphs separated by blank lines, through
 * `mammoth`. A file that is not a readable DOCX (not a ZIP, no
 * `word/document.xml`) is a 400.
 *
 * @example
 * ```ts
 * const text = await readDocx(bytes); // 'Discharge summary\n\nPneumonia, improving.'
 * ```
 */
export async function readDocx(bytes: Buffer): Promise<string> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50)
    throw badRequest('content is not a DOCX (ZIP) file', ['body']);
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value;
  } catch {
    throw badRequest('the DOCX file could not be read', ['body']);
  }
}
