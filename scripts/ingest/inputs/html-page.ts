/**
 * A saved portal page → the document's text: the portal's metadata block as `label：value` lines, the
 * article's own title, then its body — without the page around it. The page's <title> is never used: it is
 * the portal's name, or hijacked (seeds/README.md, 004).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import {
  isChromeElement,
  isChromeLine,
  isLinkLine,
  isMetadataLine,
  isRelatedHeading,
  metadataLabel,
  metadataPair,
} from './chrome.ts';
import { parsePortalLine } from '../portal.ts';
import { isDataTable, isHidden, readBlocks, type Blocks } from './html-blocks.ts';

export interface PageText {
  lines: string[];
  notes: string[];
  /** Why no text can be taken from the page. */
  problem?: string;
}

/** Content containers of Chinese government CMSs (TRS, 开普云, 拓尔思 …) and common templates, most specific first. */
const CONTAINERS = [
  '#zoom',
  '#Zoom',
  '.zoom',
  '#UCAP-CONTENT',
  '.TRS_Editor',
  '.TRS_UEDITOR',
  '.Custom_UnionStyle',
  '#fontzoom',
  '.pages_content',
  '.xxgk_content',
  '.article-content',
  '.article_content',
  '.news_content',
  '.wzcon',
  '#content',
  '.content',
  '#article',
  '.article',
  'article',
  '.detail',
  '#detail',
  '.main-content',
];

const START_MARK =
  /(正文|内容)\s*(开始|start|begin)|content\s*-?\s*start|zw_?start|begin\s*content|信息内容\]>\s*begin/iu;
const END_MARK = /(正文|内容)\s*(结束|end)|content\s*-?\s*end|zw_?end|end\s*content|信息内容\]>\s*end/iu;

const cjkCount = (s: string) => (s.match(/[\u3400-\u9FFF]/gu) ?? []).length;
const squeeze = (s: string) => s.replace(/[\s\u00A0\u3000]+/gu, '');

function insideChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isChromeElement(e) || isHidden(e)) return true;
  return false;
}

/** The block between comments such as <!--正文开始--> … <!--正文结束--> when they are siblings. */
function markedBlock(document: Document): Element | null {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, 128);
  for (let start = walker.nextNode(); start; start = walker.nextNode()) {
    if (!START_MARK.test(start.textContent ?? '')) continue;
    const between: Node[] = [];
    let end: Node | null = start.nextSibling;
    while (end && !(end.nodeType === 8 && END_MARK.test(end.textContent ?? ''))) {
      between.push(end);
      end = end.nextSibling;
    }
    if (!end || cjkCount(between.map((n) => n.textContent ?? '').join('')) < 20) continue;
    const wrapper = document.createElement('div');
    start.parentNode!.insertBefore(wrapper, end);
    for (const node of between) wrapper.appendChild(node);
    return wrapper;
  }
  return null;
}

/** The deepest known container that holds most of the text of the largest one. */
function knownContainer(document: Document): Element | null {
  const seen = new Set<Element>();
  const candidates: { el: Element; cjk: number }[] = [];
  for (const selector of CONTAINERS) {
    for (const el of document.querySelectorAll(selector)) {
      // A page of hundreds of .content boxes (a list page, not an article) must not take quadratic time.
      if (seen.size >= 60) break;
      if (seen.has(el) || insideChrome(el)) continue;
      seen.add(el);
      candidates.push({ el, cjk: cjkCount(readBlocks(el).lines.join('')) });
    }
  }
  const max = Math.max(0, ...candidates.map((c) => c.cjk));
  const eligible = candidates.filter((c) => c.cjk >= 20 && c.cjk >= 0.6 * max);
  const deepest = eligible.filter((c) => !eligible.some((o) => o !== c && c.el.contains(o.el)));
  // A container that holds only pictures is still the body: of a scanned document, which needs OCR.
  const pictures = candidates.find((c) => c.cjk < 20 && c.el.querySelector('img'));
  return deepest.sort((a, b) => b.cjk - a.cjk)[0]?.el ?? pictures?.el ?? null;
}

/**
 * The article as Mozilla's Readability finds it (on a copy: it changes the page it reads), located in the page
 * itself — the deepest element that holds the article's first and last words — so that the title and the
 * metadata around it can be read as for a known container.
 */
function readabilityBody(html: string, document: Document): Element | null {
  const copy = parsePage(html);
  for (const t of copy.querySelectorAll('title')) t.remove();
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(copy, { charThreshold: 50 }).parse();
  } catch {
    // Readability walks markup it did not build and fails on some broken pages (a node without a parent):
    // such a page has no article it can find, and the whole page is read instead (with a note).
    return null;
  }
  const text = squeeze(article?.textContent ?? '');
  if (cjkCount(text) < 10) return null;
  const first = text.slice(0, 12);
  const last = text.slice(-12);
  const holds = (el: Element) => {
    const t = squeeze(el.textContent ?? '');
    return t.includes(first) && t.includes(last);
  };
  let found: Element | null = holds(document.body) ? document.body : null;
  for (let next: Element | undefined; found; found = next) {
    next = [...found.children].find(holds);
    if (!next) break;
  }
  return found === document.body ? null : found;
}

const TITLE_NAMES = /(^|[-_])(title|tit|bt|wzbt|biaoti)([-_]|$)|^(title|tit|bt|wzbt|biaoti)/iu;

/** The article's own title: the heading nearest above the body, preferring one that the CMS's ArticleTitle names. */
function articleTitle(document: Document, body: Element, metaTitle: string, metaTables: Element[]): string[] | null {
  const all = [...document.querySelectorAll('*')];
  const end = all.indexOf(body);
  const candidates: string[][] = [];
  for (const el of end === -1 ? [] : all.slice(0, end)) {
    const tag = el.tagName.toLowerCase();
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.split(/\s+/u);
    const titled = /^h[1-3]$/u.test(tag) || names.some((n) => TITLE_NAMES.test(n) && !/logo/iu.test(n));
    const table = el.closest('table');
    if (!titled || el.contains(body) || (table && metaTables.includes(table)) || insideChrome(el)) continue;
    const lines = readBlocks(el).lines;
    const text = lines.join('');
    if (cjkCount(text) < 4 || [...text].length > 150 || lines.some(isMetadataLine) || metadataLabel(text)) continue;
    candidates.push(lines);
  }
  const named = candidates.filter((lines) => squeeze(lines.join('')) === squeeze(metaTitle));
  return named.at(-1) ?? candidates.at(-1) ?? titleLineAbove(document, body) ?? (metaTitle ? [metaTitle] : null);
}

/** What titles of policy documents end with (or 关于 … in them), for pages that mark their title up as nothing in particular. */
const TITLE_LIKE =
  /关于|(通知|方案|意见|办法|规定|细则|决定|清单|公告|通告|通报|批复|函|规划|计划|要点|条例|纲要|标准|指引|指南)([（(][^）)]*[）)])?$/u;

/** The last title-like line above the body, outside the page chrome (old pages set titles in <font> and <b>). */
function titleLineAbove(document: Document, body: Element): string[] | null {
  const before = readBlocks(document.body, { skip: (el) => isChromeElement(el), stopAt: body });
  const line = before.lines.findLast(
    (l) =>
      TITLE_LIKE.test(l) &&
      !isMetadataLine(l) &&
      !/[。；;！!？?，,]$/u.test(l) &&
      cjkCount(l) >= 6 &&
      [...l].length <= 150,
  );
  return line ? [line] : null;
}

/**
 * Metadata tables (label and value cells), wherever they stand but around the body, as `label：value` lines.
 * A table is one only when labels make up a good part of its cells: a table of cited documents with a
 * 发布日期 column is data.
 */
function metadataTables(document: Document, body: Element | null): { lines: string[]; tables: Element[] } {
  const lines: string[] = [];
  const tables: Element[] = [];
  for (const table of document.querySelectorAll('table')) {
    if ((body && table.contains(body)) || !isDataTable(table) || insideChrome(table)) continue;
    const cells = [...table.querySelectorAll('td, th')].map((c) => readBlocks(c).lines.join('')).filter(Boolean);
    const labels = cells.filter((c) => metadataLabel(c) || isMetadataLine(c)).length;
    if (labels < 2 || labels < 0.4 * cells.length) continue;
    tables.push(table);
    for (const row of table.querySelectorAll('tr')) {
      const texts = [...row.children].map((c) => readBlocks(c).lines.join(''));
      for (let i = 0; i < texts.length; i++) {
        const text = texts[i]!;
        if (metadataLabel(text) && i + 1 < texts.length && !metadataLabel(texts[i + 1]!)) {
          lines.push(metadataPair(text, texts[i + 1]!));
          i += 1;
        } else if (isMetadataLine(text)) lines.push(text);
      }
    }
  }
  return { lines, tables };
}

/**
 * A `label：value` line of the portal's that the parser reads as such: 时间：2024年10月1日至10月31日。 at the top of
 * a body starts with a label but is a sentence of the text, and stays where it is.
 */
function isPortalLine(line: string): boolean {
  return isMetadataLine(line) && parsePortalLine(line) !== null;
}

/** Drops toolbars, share boxes, footers and related-link boxes; returns what was dropped. */
function dropChrome(lines: string[]): { kept: string[]; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  let inRelated = false;
  for (const line of lines) {
    if (isRelatedHeading(line)) inRelated = true;
    else if (inRelated && (line.startsWith('\t') || !isLinkLine(line))) inRelated = false;
    if (inRelated || isChromeLine(line)) dropped.push(line);
    else kept.push(line);
  }
  return { kept, dropped };
}

/**
 * The page as a document with a <body>. linkedom builds none for a fragment or a page cut short (its
 * document.body then throws): such markup is read inside a <body> of its own.
 */
function parsePage(html: string): Document {
  const hasBody = (document: Document) => {
    try {
      return document.documentElement !== null && document.body !== null;
    } catch {
      return false;
    }
  };
  const whole = /<(html|body)[\s>]/iu.test(html);
  const { document } = parseHTML(whole ? html : '');
  if (whole && hasBody(document)) return document;
  const wrapped = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
  return hasBody(wrapped) ? wrapped : parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document;
}

export function pageText(html: string): PageText {
  const document = parsePage(html);
  const notes: string[] = [];
  const metaTitle = (document.querySelector('meta[name="ArticleTitle" i]')?.getAttribute('content') ?? '').trim();

  let body = markedBlock(document);
  if (body) notes.push('body: the block between the page’s content comments');
  body ??= knownContainer(document);
  if (body && notes.length === 0) notes.push(`body: the page’s content container ${describe(body)}`);
  if (!body) {
    body = readabilityBody(html, document);
    if (body) notes.push(`body: ${describe(body)}, where Readability finds the article (no known content container)`);
  }
  if (!body) {
    body = document.body;
    notes.push('body: the whole page (no content container found): check the text for page chrome');
  }

  const outside = body === document.body ? null : body;
  // The metadata block: label/value tables, label lines outside the body, and label lines at the top of the body.
  const meta = metadataTables(document, outside);
  const droppedElements: string[] = [];
  const skip = (el: Element) => {
    if (meta.tables.includes(el)) return true;
    if (el === body || !isChromeElement(el, true)) return false;
    const text = readBlocks(el).lines.join(' ');
    if (text) droppedElements.push(text);
    return true;
  };
  const blocks: Blocks = readBlocks(body, { skip });
  const chrome = dropChrome(blocks.lines);
  const kept = chrome.kept;
  const dropped = [...droppedElements, ...chrome.dropped];
  if (outside) {
    const rest = readBlocks(document.body, {
      skip: (el) => el === outside || meta.tables.includes(el) || isChromeElement(el),
      separateInline: true,
    });
    for (const line of rest.lines) if (isPortalLine(line) && !meta.lines.includes(line)) meta.lines.push(line);
  }
  const leading = kept.slice(0, 6).filter(isPortalLine);
  const bodyLines = kept.filter((line, i) => !(i < 6 && leading.includes(line)));
  const metadata = [...meta.lines, ...leading.filter((l) => !meta.lines.includes(l))];

  const title = outside ? articleTitle(document, outside, metaTitle, meta.tables) : metaTitle ? [metaTitle] : null;
  const head = squeeze(bodyLines.slice(0, 5).join(''));
  const titleLines = title && !head.includes(squeeze(title.join(''))) ? title : [];
  if (titleLines.length > 0 && !outside) notes.push('title: from the page’s <meta name="ArticleTitle">');

  if (dropped.length > 0) notes.push(`page chrome dropped (${dropped.length}): ${summarize(dropped)}`);
  if (blocks.repeatedCells > 0)
    notes.push(`${blocks.repeatedCells} table cells merged downwards were repeated in each row they cover`);
  if (blocks.fileLinks.length > 0)
    notes.push(`the page links files that were not fetched — ingest them on their own: ${summarize(blocks.fileLinks)}`);

  if (cjkCount(bodyLines.join('')) < 10) {
    const problem =
      blocks.images > 0
        ? `the page shows the document as ${blocks.images} image(s) and has no text of its own: needs OCR — this site does not guess text from images`
        : 'no text found in the page body';
    return { lines: [], notes, problem };
  }
  if (blocks.images > 0)
    notes.push(`${blocks.images} image(s) in the body were not read (text in images is not ingested)`);
  return { lines: [...metadata, ...titleLines, ...bodyLines], notes };
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return `<${el.tagName.toLowerCase()}${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

function summarize(items: string[]): string {
  const text = items.map((s) => s.trim()).join(' | ');
  return [...text].length > 200 ? `${[...text].slice(0, 200).join('')}…` : text;
}
