import { isBlank, normalizeText } from '../../src/lib/text.ts';
import type { DropReason } from '../../src/model/vocab.ts';
import { isChromeLine, isDownloadLine, isEditorLine, isFileNameLine } from './inputs/chrome.ts';
import { isPortalBlockByItself, parsePortalLine, type PortalField, type PortalPair } from './portal.ts';

export interface DroppedLine {
  /** 1-based line number in the raw source. */
  line: number;
  /** The removed text, verbatim (for an inline artefact, only the artefact). */
  text: string;
  reason: DropReason;
}

export interface SourceLine {
  /** 1-based line number in the raw source. */
  line: number;
  /** The line as in the source (leading tabs matter for tables), without removed artefacts. */
  raw: string;
  /** `raw` without surrounding white space. */
  text: string;
}

/** One line of the document's text, verbatim, with its line in the raw source. */
export interface Para {
  text: string;
  line: number;
}

/** One fact a portal's metadata block states (索引号：…, 发布日期：…), read before the line was dropped. */
export interface PortalFact {
  field: PortalField;
  /** The label as printed, without padding (文号). */
  label: string;
  /** The value, verbatim. */
  value: string;
  line: number;
}

export interface CleanedSource {
  lines: SourceLine[];
  dropped: DroppedLine[];
  /** Facts read off the portal's metadata block, in source order. */
  portal: PortalFact[];
}

const BREADCRUMB = /^(?:(?:您当前的位置|当前位置|您的位置|所在位置)[:：]|(?:首页|网站首页|主页)\s*[>›»])/u;
const RELATED = /^(相关文章|相关链接|相关阅读|相关文件)[:：]?$/u;
const FOOTER = /^扫一扫/u;
const SEPARATOR = /^[-—=_*]{5,}$/u;
const IMAGE = /^(图片|image)$/iu;
const WORD_ARTEFACT = /\[bookmark:[^\]]*\]/gu;
/** Words of a page's tool bar: 【字体：大 中 小】 【打印本页】 【关闭窗口】 分享到： … */
const TOOLBAR_WORDS = new Set(
  '字体 字号 大 中 小 默认 打印 打印本页 打印正文 关闭 关闭窗口 返回顶部 收藏 分享 分享到 微信 微博 QQ空间 保存 纠错 我要纠错 视力保护色 护眼模式'.split(
    ' ',
  ),
);
const PAGE_CHROME = /^(上一篇|下一篇|主办单位|承办单位|网站标识码|版权所有|联系我们|网站地图)|ICP备|公网安备/u;

/** A note the printer leaves on a page that carries no text: （此页无正文）, （此页无正文，为…的签署页）. */
const PRINTING_ARTEFACT = /^[（(]\s*此页无正文[^（()）]*[）)]$/u;

/** A line of the page around the document: its tool bar, neighbour links, site footer, editors' credit. */
function isPageChrome(text: string): boolean {
  if (PAGE_CHROME.test(text) || isChromeLine(text) || isEditorLine(text)) return true;
  const words = text.split(/[\s【】[\]|｜:：]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => TOOLBAR_WORDS.has(w));
}

/** Each line's portal pairs (null for a line that is none), and whether a line next to it is surely the portal's. */
function portalBlock(rawLines: string[]): { pairs: (PortalPair[] | null)[]; sure: boolean[] } {
  const pairs = rawLines.map((l) => (l.startsWith('\t') || isBlank(l) ? null : parsePortalLine(l.trim())));
  const sure = pairs.map((p) => p !== null && isPortalBlockByItself(p));
  // A weak line next to a sure one is sure too, and so on along the block.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < pairs.length; i++) {
      if (sure[i] || !pairs[i]) continue;
      const near = [nonBlank(rawLines, i, -1), nonBlank(rawLines, i, 1)];
      if (near.some((j) => j !== -1 && sure[j])) changed = sure[i] = true;
    }
  }
  return { pairs, sure };
}

/** The index of the nearest non-blank line before (step -1) or after (step 1) line `i`, or -1. */
function nonBlank(rawLines: string[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < rawLines.length; j += step) if (!isBlank(rawLines[j]!)) return j;
  return -1;
}

/**
 * Removes what a web portal or a word processor added to a policy text, and records every removal.
 * What stays is the document; nothing of the document is changed.
 */
export function cleanSource(rawText: string): CleanedSource {
  const rawLines = normalizeText(rawText).split('\n');
  const dropped: DroppedLine[] = [];
  const lines: SourceLine[] = [];
  const portal: PortalFact[] = [];

  // The portal's own name leads its breadcrumb (球探比分直播 > 政府信息公开 > …): a line that is exactly
  // that name, above the breadcrumb, is the page title a portal put there, not the document.
  const breadcrumb = rawLines.find((l) => BREADCRUMB.test(l.trim()));
  const siteTitle = breadcrumb
    ?.trim()
    .replace(BREADCRUMB, '')
    .split(/\s*[>›»]\s*/u)[0]
    ?.trim();
  const breadcrumbIndex = breadcrumb === undefined ? -1 : rawLines.indexOf(breadcrumb);

  const metadata = portalBlock(rawLines);
  let block: 'related-links' | 'portal-footer' | null = null;
  let downloads = false;
  rawLines.forEach((original, index) => {
    const line = index + 1;
    // A tab and nothing else is an empty table cell (a list's table arrives as tab-started cells).
    if (/^\t[ \t\u3000]*$/u.test(original)) return void lines.push({ line, raw: '\t', text: '' });
    if (isBlank(original)) return;
    const text = original.trim();
    const drop = (reason: DropReason) => dropped.push({ line, text, reason });

    // Checked before the blocks: a portal prints its 发布：date below the related links too.
    // A table cell (a tab-started line) is never the page's: 日期：… or 中 may well be a cell's text.
    const cell = original.startsWith('\t');
    const pairs = metadata.pairs[index];
    // A lone 时间：… or 名称：… is the portal's in its block, at the top of the text or below the related links.
    if (pairs && (metadata.sure[index] || block || lines.length === 0)) {
      portal.push(...pairs.map((p) => ({ ...p, line })));
      return drop('portal-metadata');
    }
    if (FOOTER.test(text)) block = 'portal-footer';
    if (RELATED.test(text)) block = 'related-links';
    if (block) return drop(block);
    if (BREADCRUMB.test(text)) return drop('breadcrumb');
    if (siteTitle && index < breadcrumbIndex && text === siteTitle) return drop('portal-site-title');
    if (IMAGE.test(text)) return drop('image-placeholder');
    if (!cell && PRINTING_ARTEFACT.test(text)) return drop('printing-artefact');
    // The files a download box names go with it: 附件下载： / 某表.doc.
    const download = !cell && (isDownloadLine(text) || (downloads && isFileNameLine(text)));
    downloads = download;
    if (download) return drop('page-chrome');
    if (SEPARATOR.test(text)) return drop('separator');
    if (!cell && isPageChrome(text)) return drop('page-chrome');

    let kept = original;
    for (const artefact of original.match(WORD_ARTEFACT) ?? []) {
      dropped.push({ line, text: artefact, reason: 'word-artefact' });
      kept = kept.replace(artefact, '');
    }
    if (!isBlank(kept)) lines.push({ line, raw: kept.replace(/\s+$/u, ''), text: kept.trim() });
  });
  return { lines, dropped, portal };
}
