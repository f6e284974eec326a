import { isBlank, normalizeText } from '../../src/lib/text.ts';
import type { DropReason } from '../../src/model/vocab.ts';
import { parsePortalLine, type PortalField } from './portal.ts';

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

/** A line of the page around the document: its tool bar, neighbour links, site footer. */
function isPageChrome(text: string): boolean {
  if (PAGE_CHROME.test(text)) return true;
  const words = text.split(/[\s【】[\]|｜:：]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => TOOLBAR_WORDS.has(w));
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

  let block: 'related-links' | 'portal-footer' | null = null;
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
    const pairs = cell ? null : parsePortalLine(text);
    if (pairs) {
      portal.push(...pairs.map((p) => ({ ...p, line })));
      return drop('portal-metadata');
    }
    if (FOOTER.test(text)) block = 'portal-footer';
    if (RELATED.test(text)) block = 'related-links';
    if (block) return drop(block);
    if (BREADCRUMB.test(text)) return drop('breadcrumb');
    if (siteTitle && index < breadcrumbIndex && text === siteTitle) return drop('portal-site-title');
    if (IMAGE.test(text)) return drop('image-placeholder');
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
