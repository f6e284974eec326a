/** A PDF with a text layer through pdfjs-dist (its legacy build runs in Node): positioned text → paragraphs (pdf-lines.ts). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pdfParagraphs, type PdfItem } from './pdf-lines.ts';
import { failed, firstLine, type Extracted } from './types.ts';

const NO_TEXT_LAYER = 'no text layer: needs OCR — this site does not guess text from images';

/** Where pdfjs finds the character maps that CJK fonts without their own Unicode map need. */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

export async function extractPdf(raw: Uint8Array): Promise<Extracted> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pages: PdfItem[][] = [];
  const task = pdfjs.getDocument({
    data: new Uint8Array(raw),
    ...pdfjsData(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    await task.destroy();
    if (name === 'PasswordException')
      return failed('pdf', 'a password-protected PDF: ask the publisher for an open copy');
    return failed('pdf', `not a readable PDF (${firstLine(error)}): save it again as PDF, or as .docx`);
  }
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) });
      }
      pages.push(items);
      page.cleanup();
    }
  } catch (error) {
    return failed('pdf', `not a readable PDF (${firstLine(error)}): save it again as PDF, or as .docx`);
  } finally {
    await task.destroy();
  }
  const text = pdfParagraphs(pages);
  const chars = text.paragraphs.join('').replace(/\s/gu, '').length;
  if (chars < 10) return failed('pdf', NO_TEXT_LAYER);
  const notes = [
    `PDF: ${pages.length} page(s); visual lines joined into ${text.paragraphs.length} paragraphs by their position`,
    ...(text.droppedPageNumbers.length ? [`page numbers dropped: ${text.droppedPageNumbers.join(' | ')}`] : []),
    ...(text.spacedLines >= 3
      ? [
          `${text.spacedLines} lines look like table rows (runs far apart): a PDF table is not rebuilt as a table — ingest the list from its .xlsx or .docx, or check it by hand`,
        ]
      : []),
  ].map((message) => ({ line: 0, message }));
  return { text: `${text.paragraphs.join('\n')}\n`, format: 'pdf', problems: [], notes };
}
