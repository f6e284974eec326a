/**
 * An HTML element → the lines a reader sees: a line per paragraph (block element or <br>), white space
 * collapsed as a browser collapses it, data tables in the table form (grid.ts). Nothing is rendered that a
 * reader would not see: scripts, styles, forms, hidden elements.
 */
import { expandSpans, gridLines, type SpanCell } from './grid.ts';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'map',
  'audio',
  'video',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const ELEMENT = 1;
const TEXT = 3;

/** Hidden by the page itself: spam links and stale copies often hide there. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/gu, '');
  return /display:none|visibility:hidden/u.test(style);
}

/** East Asian wide characters, between which a browser drops a line break in the source (CSS Text 3, segment breaks). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Collapses ASCII white space as HTML does; U+3000 and no-break spaces are text and stay. */
function collapse(text: string, before: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, (run, offset: number, whole: string) => {
    const prev = offset === 0 ? before.slice(-1) : whole[offset - 1]!;
    const next = whole[offset + run.length] ?? '';
    if (/\n/u.test(run) && WIDE.test(prev) && WIDE.test(next)) return '';
    return ' ';
  });
}

export interface BlockOptions {
  /** Called for each element before it is read; true skips it (page chrome, the metadata block already read). */
  skip?: (el: Element) => boolean;
  /** Reading stops at this element (the lines above an article's body). */
  stopAt?: Element;
  /**
   * Inline elements are separate widgets, set apart by a space where the page sets them apart by its style
   * (<span>发布日期：2024-01-22</span><span>字号：<a>大</a><a>中</a><a>小</a></span>): for the lines around an
   * article, which hold its metadata and toolbars — never for the article, whose <span>s split words.
   */
  separateInline?: boolean;
}

export interface Blocks {
  lines: string[];
  tables: number;
  repeatedCells: number;
  images: number;
  /** Links to files (附件 as .docx, .xlsx, .pdf …): their text is kept, the files are not fetched. */
  fileLinks: string[];
}

/** A table that holds data, not page layout: no table inside it, at least two rows, some row with two cells. */
export function isDataTable(table: Element): boolean {
  if (table.querySelector('table')) return false;
  const rows = rowsOf(table);
  return rows.length >= 2 && rows.some((r) => cellsOf(r).length >= 2);
}

function rowsOf(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => /^(td|th)$/iu.test(c.tagName));
}

const FILE_LINK = /\.(docx?|xlsx?|pdf|wps|et|zip|rar|7z|csv|txt)(\?|#|$)/iu;

export function readBlocks(root: Element, options: BlockOptions = {}): Blocks {
  const out: Blocks = { lines: [], tables: 0, repeatedCells: 0, images: 0, fileLinks: [] };
  let current = '';
  const flush = () => {
    const line = current.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/gu, '');
    if (line !== '') out.lines.push(line);
    current = '';
  };

  const apart = () => {
    if (current !== '' && !/[ \t\n\r\f\u00A0\u3000]$/u.test(current)) current += ' ';
  };

  let stopped = false;
  const visit = (node: Node): void => {
    if (stopped || node === options.stopAt) {
      stopped = true;
      return;
    }
    if (node.nodeType === TEXT) {
      current += collapse(node.textContent ?? '', current);
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(el) || options.skip?.(el)) return;
    if (tag === 'img') {
      out.images += 1;
      return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'a') {
      const href = el.getAttribute('href') ?? '';
      if (FILE_LINK.test(href)) out.fileLinks.push(`${(el.textContent ?? '').trim() || href} (${href})`);
    }
    if (tag === 'table' && isDataTable(el)) {
      flush();
      const rows: SpanCell[][] = rowsOf(el).map((tr) =>
        cellsOf(tr)
          .filter((cell) => !isHidden(cell) && !options.skip?.(cell))
          .map((cell) => {
            const inner = readBlocks(cell, options);
            out.images += inner.images;
            out.fileLinks.push(...inner.fileLinks);
            return {
              text: inner.lines.join('\n'),
              rowSpan: Number(cell.getAttribute('rowspan')) || 1,
              colSpan: Number(cell.getAttribute('colspan')) || 1,
            };
          }),
      );
      const table = gridLines(expandSpans(rows));
      out.lines.push(...table.lines);
      out.tables += 1;
      out.repeatedCells += table.repeated;
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    // Two inline elements side by side, with no text between them, are two widgets.
    if (!block && options.separateInline && el.previousSibling?.nodeType === ELEMENT) apart();
    for (const child of el.childNodes) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}
