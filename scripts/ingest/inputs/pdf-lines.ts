/**
 * Positioned text of PDF pages → paragraphs. A PDF has no paragraphs, only lines placed on a page: a line that
 * fills the width and is followed by a line at the left margin continues the same paragraph; an indented line
 * (Chinese paragraphs start two characters in), a short line, a change of size or a wider gap ends it.
 * Page numbers (- 3 -, 第3页) at the top or bottom of a page are dropped.
 */

/** One run of text as the PDF places it (pdfjs text items). */
export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

export interface PdfText {
  paragraphs: string[];
  droppedPageNumbers: string[];
  /** Lines whose runs stand far apart, as table cells do. */
  spacedLines: number;
}

const PAGE_NUMBER =
  /^([-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;
const LATIN_END = /[A-Za-z0-9]$/u;
const LATIN_START = /^[A-Za-z0-9]/u;

function linesOf(items: PdfItem[]): { lines: Line[]; spaced: number } {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) < Math.max(1, 0.5 * Math.min(r[0]!.size, item.size)));
    if (row) row.push(item);
    else rows.push([item]);
  }
  let spaced = 0;
  const lines = rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let right = row[0]!.x;
    let gaps = 0;
    for (const item of row) {
      const gap = item.x - right;
      const size = item.size || 1;
      if (text !== '' && gap > size) {
        text += ' ';
        gaps += 1;
      } else if (text !== '' && gap > 0.2 * size && LATIN_END.test(text) && LATIN_START.test(item.str)) text += ' ';
      text += item.str;
      right = Math.max(right, item.x + item.width);
    }
    if (gaps >= 2) spaced += 1;
    return { text: text.trim(), left: row[0]!.x, right, y: row[0]!.y, size: Math.max(...row.map((i) => i.size)) };
  });
  return { lines: lines.filter((l) => l.text !== ''), spaced };
}

/** The left margin most lines start at, and the right edge full lines reach. */
function margins(lines: Line[]): { left: number; right: number } {
  const lefts = lines.map((l) => Math.round(l.left));
  const counts = new Map<number, number>();
  for (const x of lefts) counts.set(x, (counts.get(x) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n >= 2).map(([x]) => x);
  const left = shared.length > 0 ? Math.min(...shared) : Math.min(...lefts);
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
  return { left, right };
}

export function pdfParagraphs(pages: PdfItem[][]): PdfText {
  const paragraphs: string[] = [];
  const droppedPageNumbers: string[] = [];
  let spacedLines = 0;
  const pageLines = pages.map((items) => {
    const { lines: all, spaced } = linesOf(items);
    spacedLines += spaced;
    return all.filter((line, i) => {
      const edge = i === 0 || i === all.length - 1;
      if (edge && PAGE_NUMBER.test(line.text)) {
        droppedPageNumbers.push(line.text);
        return false;
      }
      return true;
    });
  });
  // One set of margins for the whole document: a page with a line or two has none of its own.
  const everyLine = pageLines.flat();
  if (everyLine.length === 0) return { paragraphs, droppedPageNumbers, spacedLines };
  const { left, right } = margins(everyLine);
  let open: { line: Line; full: boolean } | null = null;
  for (const lines of pageLines) {
    lines.forEach((line, i) => {
      const previous = open?.line;
      const sameFlow =
        previous !== undefined &&
        open!.full &&
        line.left <= left + 0.5 * line.size &&
        Math.abs(previous.size - line.size) < 0.5 &&
        (i === 0 || previous.y - line.y <= 2 * line.size);
      if (sameFlow) {
        const last = paragraphs.length - 1;
        const join = LATIN_END.test(paragraphs[last]!) && LATIN_START.test(line.text) ? ' ' : '';
        paragraphs[last] += join + line.text;
      } else paragraphs.push(line.text);
      open = { line, full: line.right >= right - 1.5 * line.size };
    });
  }
  return { paragraphs, droppedPageNumbers, spacedLines };
}
