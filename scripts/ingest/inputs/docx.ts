/** A Word .docx through mammoth: its HTML keeps paragraphs and tables (with merged cells), read as lines (html-blocks.ts). */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { readBlocks } from './html-blocks.ts';
import { failed, firstLine, SAVE_AS, type Extracted } from './types.ts';

export async function extractDocx(raw: Uint8Array): Promise<Extracted> {
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) });
  } catch (error) {
    return failed('docx', `not a readable Word .docx document (${firstLine(error)}): ${SAVE_AS}`);
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${result.value}</body></html>`);
  // Word's automatic numbering (一、 1. …) is not text: mammoth gives such paragraphs as list items without it.
  const numbered = document.querySelectorAll('ol > li').length;
  if (numbered > 0)
    return failed(
      'docx',
      `${numbered} paragraphs are numbered by Word's automatic numbering, which is not text: their numbers (一、 （一） 1. …) would be lost — in Word, save the document as plain text (.txt, UTF-8), which writes the numbers out, and ingest that`,
    );
  const blocks = readBlocks(document.body);
  const notes = [
    ...new Set(result.messages.filter((m) => m.type !== 'info').map((m) => `Word: ${m.message}`)),
    ...(blocks.repeatedCells > 0
      ? [`${blocks.repeatedCells} table cells merged downwards were repeated in each row they cover`]
      : []),
    ...(blocks.images > 0 ? [`${blocks.images} image(s) were not read (text in images is not ingested)`] : []),
  ].map((message) => ({ line: 0, message }));
  if (blocks.lines.length === 0 && blocks.images > 0)
    return {
      ...failed(
        'docx',
        'the document holds only images, no text: needs OCR — this site does not guess text from images',
      ),
      notes,
    };
  return { text: blocks.lines.length ? `${blocks.lines.join('\n')}\n` : '', format: 'docx', problems: [], notes };
}
