/**
 * What read-aloud reads (docs/accessibility.md): the page's main text as blocks in reading order — headings,
 * paragraphs, list items, table cells, definition terms and descriptions — each with the element to highlight.
 * Works on the browser's DOM and on node-html-parser's tree alike (the unit test), so it only uses what both have.
 */

/** The part of a DOM node this needs. */
export interface ReadableNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}
/** The part of a DOM element this needs. */
export interface ReadableElement extends ReadableNode {
  readonly tagName: string;
  readonly childNodes: ArrayLike<ReadableNode>;
  /** null in the DOM, undefined in node-html-parser when the attribute is missing. */
  getAttribute(name: string): string | null | undefined;
}

export interface ReadingBlock<E extends ReadableElement = ReadableElement> {
  /** The element the text belongs to: highlighted and scrolled to while it is read. */
  element: E;
  /** Its text, whitespace collapsed, without the parts that are not read. */
  text: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never read: scripts, forms and their controls, navigation (breadcrumb, contents, next/previous), pictures. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'NAV',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'svg',
  'IMG',
  'CANVAS',
  'IFRAME',
]);

/** Elements that start a new block; everything else (links, spans, emphasis …) is part of the text around it. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * Is this element left out together with everything in it? The site's own conventions: `hidden`,
 * `aria-hidden="true"`, the “复制链接” links (`data-copy-link`), text for screen readers only
 * (`.visually-hidden`) and anything marked `data-read-skip` (the read-aloud controls themselves).
 */
function isSkipped(el: ReadableElement): boolean {
  const has = (name: string) => el.getAttribute(name) != null;
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (has('hidden') || has('data-copy-link') || has('data-read-skip') || el.getAttribute('aria-hidden') === 'true')
    return true;
  return (el.getAttribute('class') ?? '').split(/\s+/u).includes('visually-hidden');
}

/** Collapses runs of whitespace (line breaks in the page's source) into one space. */
function cleanText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The blocks under `root`, in document order. `isHidden` adds what only the browser knows (an element not
 * shown, e.g. by CSS or inside a closed <details>); it is asked about every element not already skipped.
 */
export function readingBlocks<E extends ReadableElement>(
  root: E,
  isHidden: (el: E) => boolean = () => false,
): ReadingBlock<E>[] {
  const blocks: ReadingBlock<E>[] = [];
  let owner = root;
  let parts: string[] = [];
  const flush = () => {
    const text = cleanText(parts.join(''));
    if (text) blocks.push({ element: owner, text });
    parts = [];
  };
  const visit = (node: ReadableNode) => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as E;
    if (isSkipped(el) || isHidden(el)) return;
    if (el.tagName === 'BR') {
      parts.push(' ');
      return;
    }
    if (!BLOCK_TAGS.has(el.tagName.toUpperCase())) {
      Array.from(el.childNodes).forEach(visit);
      return;
    }
    // A block: the text before it belongs to the block around it, the text after it too, but as a new block.
    flush();
    const outer = owner;
    owner = el;
    Array.from(el.childNodes).forEach(visit);
    flush();
    owner = outer;
  };
  Array.from(root.childNodes).forEach(visit);
  flush();
  return blocks;
}

/**
 * A block's text cut into pieces to speak one at a time: whole sentences (ending in 。！？；), and a sentence
 * longer than `max` characters cut after a comma, else after a 、, else at `max`. Short pieces keep pausing and
 * resuming exact, and avoid speech engines that stop in the middle of a long utterance.
 */
export function speechChunks(text: string, max = 80): string[] {
  const sentences = text.match(/[^。！？；!?;]+[。！？；!?;”’）)]*|[。！？；!?;]+/gu) ?? [];
  const chunks: string[] = [];
  for (const sentence of sentences) {
    let rest = sentence.trim();
    while (rest.length > max) {
      const head = rest.slice(0, max);
      const after = (marks: string) => Math.max(...Array.from(marks, (m) => head.lastIndexOf(m))) + 1;
      // A comma is a better pause than an enumeration mark (、); either only if the piece is not too short.
      const cut = [after('，,：:'), after('、')].find((i) => i > max / 3) ?? max;
      chunks.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    if (rest) chunks.push(rest);
  }
  return chunks;
}

/** The part of a SpeechSynthesisVoice this needs. */
export interface VoiceInfo {
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/**
 * The voice for Mandarin: a zh-CN voice (also written cmn-CN, zh-Hans-CN or zh_CN), on the device rather than
 * online, else any other Mandarin voice (zh-TW), never Cantonese (zh-HK, yue); undefined lets the browser choose
 * by the utterance's lang.
 */
export function pickChineseVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
  const lang = (v: V) => v.lang.replace('_', '-').toLowerCase();
  const mainland = voices.filter((v) => /^(zh|cmn)(-hans)?-cn\b/u.test(lang(v)));
  const mandarin = voices.filter((v) => /^(zh|cmn)\b/u.test(lang(v)) && !/-(hk|mo)\b|yue/u.test(lang(v)));
  const best = (list: V[]) =>
    list.find((v) => v.localService && v.default) ?? list.find((v) => v.localService) ?? list[0];
  return best(mainland) ?? best(mandarin);
}
