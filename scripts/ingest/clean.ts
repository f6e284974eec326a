import { isBlank, normalizeText } from '../../src/lib/text.ts';
import type { DropReason } from '../../src/model/vocab.ts';

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

export interface CleanedSource {
  lines: SourceLine[];
  dropped: DroppedLine[];
  /** Facts read off portal chrome before it was dropped. */
  portal: { datePublished?: string; source?: string };
}

const BREADCRUMB = /^(您当前的位置|当前位置|您的位置)[:：]/u;
const PORTAL_META = /^日期[:：]\s*(\d{4}-\d{2}-\d{2})\s+来源[:：]\s*(.+)$/u;
const PUBLISHED = /^发布[:：]\s*(\d{4}-\d{2}-\d{2})$/u;
const RELATED = /^(相关文章|相关链接|相关阅读|相关文件)[:：]?$/u;
const FOOTER = /^扫一扫/u;
const SEPARATOR = /^[-—=_*]{5,}$/u;
const IMAGE = /^(图片|image)$/iu;
const WORD_ARTEFACT = /\[bookmark:[^\]]*\]/gu;

/**
 * Removes what a web portal or a word processor added to a policy text, and records every removal.
 * What stays is the document; nothing of the document is changed.
 */
export function cleanSource(rawText: string): CleanedSource {
  const rawLines = normalizeText(rawText).split('\n');
  const dropped: DroppedLine[] = [];
  const lines: SourceLine[] = [];
  const portal: CleanedSource['portal'] = {};

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
    if (isBlank(original)) return;
    const text = original.trim();
    const drop = (reason: DropReason) => dropped.push({ line, text, reason });

    const published = PUBLISHED.exec(text);
    if (published) {
      portal.datePublished = published[1]!;
      return drop('portal-metadata');
    }
    if (FOOTER.test(text)) block = 'portal-footer';
    if (RELATED.test(text)) block = 'related-links';
    if (block) return drop(block);
    if (BREADCRUMB.test(text)) return drop('breadcrumb');
    if (siteTitle && index < breadcrumbIndex && text === siteTitle) return drop('portal-site-title');
    if (IMAGE.test(text)) return drop('image-placeholder');
    if (SEPARATOR.test(text)) return drop('separator');
    const meta = PORTAL_META.exec(text);
    if (meta) {
      portal.datePublished = meta[1]!;
      portal.source = meta[2]!.trim();
      return drop('portal-metadata');
    }

    let kept = original;
    for (const artefact of original.match(WORD_ARTEFACT) ?? []) {
      dropped.push({ line, text: artefact, reason: 'word-artefact' });
      kept = kept.replace(artefact, '');
    }
    if (!isBlank(kept)) lines.push({ line, raw: kept.replace(/\s+$/u, ''), text: kept.trim() });
  });
  return { lines, dropped, portal };
}
