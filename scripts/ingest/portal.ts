/**
 * The metadata block a government portal prints above (or below) a document: `label：value` lines, labels
 * often padded with full-width or no-break spaces (文　　号：, 索&nbsp;引&nbsp;号：), sometimes several on one
 * line separated by spaces (索引号：… 主题分类：…), sometimes with the page's toolbar on the same line
 * (时间：… 来源：… [打印] [关闭]). These lines are the portal's, not the document's: they are dropped from the
 * text and their values become front-matter facts (emit.ts), each traced to its line.
 */
import { parseDate } from './dates.ts';
import { stripToolbar } from './inputs/chrome.ts';
import { PORTAL_LABELS, WEAK_LABELS, type PortalField as KnownField } from './portal-labels.ts';

/** A known label's field, or 'unknown' for a label the table does not know, printed inside a known block. */
export type PortalField = KnownField | 'unknown';

/** Fields whose value must be a date for the line to count as metadata (an empty form field 日期：　年　月　日 is text). */
const DATE_FIELDS = new Set<PortalField>(['dateSigned', 'datePublished', 'datePrinted', 'effective', 'validUntil']);

/** The padding portals put inside and around labels: spaces, tabs, ideographic and no-break spaces. */
const PAD = '[ \\t\\u00A0\\u3000]';

/** Longest labels first, so 发布日期 wins over 发布 and 信息来源 over 来源; each label's characters may be padded. */
const LABEL_PATTERN = Object.keys(PORTAL_LABELS)
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].join(`${PAD}*`))
  .join('|');
const PAIR_START = new RegExp(`^(?:${LABEL_PATTERN})${PAD}*[:：]`, 'u');
/** A label starts the line, follows white space, or follows a value that ends in a digit or bracket (2024-01-22来源：…). */
const PAIR = new RegExp(`(?:^|${PAD}+|(?<=[0-9A-Za-z)）\\]】]))(${LABEL_PATTERN})${PAD}*[:：]${PAD}*`, 'gu');
/** A label the table does not know, after white space inside a value: 发布机构：某局　　生成日期：2024-04-02. */
const UNKNOWN_PAIR = new RegExp(`${PAD}+([\\u4e00-\\u9fff](?:${PAD}?[\\u4e00-\\u9fff]){1,7})${PAD}*[:：]${PAD}*`, 'gu');
const unpad = (label: string) => label.replace(/[ \t\u00A0\u3000]/gu, '');

export interface PortalPair {
  field: PortalField;
  /** The label as printed, without padding. */
  label: string;
  /** The value, verbatim, trimmed. */
  value: string;
}

/** A value and the pairs of unknown labels it ran into (发布机构：某局　　生成日期：… — were 生成日期 unknown). */
function splitUnknown(label: string, field: PortalField, value: string): PortalPair[] {
  const starts = [...value.matchAll(UNKNOWN_PAIR)];
  const pairs: PortalPair[] = [{ field, label, value: value.slice(0, starts[0]?.index ?? value.length).trim() }];
  for (const [k, m] of starts.entries()) {
    const end = starts[k + 1]?.index ?? value.length;
    pairs.push({ field: 'unknown', label: unpad(m[1]!), value: value.slice(m.index + m[0].length, end).trim() });
  }
  return pairs;
}

/**
 * The label：value pairs a line consists of, or null when any part of the line is not one (a body
 * sentence that merely starts with 来源：… is not metadata unless the whole line parses). The page's toolbar
 * on the line is no part of any value; a label the table does not know, after a known one, is a pair of its
 * own ('unknown'), never part of the value before it.
 */
export function parsePortalLine(text: string): PortalPair[] | null {
  if (!PAIR_START.test(text.trim())) return null;
  const line = stripToolbar(text.trim());
  const starts = [...line.matchAll(PAIR)];
  if (starts.length === 0 || starts[0]!.index !== 0) return null;
  const pairs: PortalPair[] = [];
  for (const [k, m] of starts.entries()) {
    const end = starts[k + 1]?.index ?? line.length;
    const label = unpad(m[1]!);
    pairs.push(...splitUnknown(label, PORTAL_LABELS[label]!, line.slice(m.index + m[0].length, end).trim()));
  }
  for (const { field, value } of pairs) {
    // A finished sentence is text, not a portal's value (来源：本市统计数据显示，…。).
    if (/[。！？]/u.test(value)) return null;
    if (value === '' && field !== 'ignored' && field !== 'unknown') return null;
    if (DATE_FIELDS.has(field) && parseDate(value) === null) return null;
  }
  return pairs;
}

/**
 * True when the pairs are metadata whatever stands around them: more than one pair, a label that is no
 * ordinary word (索引号, 发布机构 …), or a date in the portals' numeric form (时间：2022-11-30 15:02). A lone
 * 时间：2024年10月1日 or 名称：… may be a line of the text; the caller decides by the lines around it.
 */
export function isPortalBlockByItself(pairs: PortalPair[]): boolean {
  const known = pairs.filter((p) => p.field !== 'unknown');
  if (known.length > 1) return true;
  const [pair] = known;
  if (!pair || !WEAK_LABELS.has(pair.label)) return true;
  return DATE_FIELDS.has(pair.field) && /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u.test(pair.value);
}
