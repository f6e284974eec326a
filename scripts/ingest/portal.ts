/**
 * The metadata block a government portal prints above (or below) a document: `label：value` lines, labels
 * often padded with full-width spaces (文　　号：), sometimes several on one line separated by spaces
 * (索引号：… 主题分类：…). These lines are the portal's, not the document's: they are dropped from the text
 * and their values become front-matter facts (emit.ts), each traced to its line.
 */
import { parseDate } from './dates.ts';

/** The facts a portal block can state, by front-matter meaning. */
export type PortalField =
  | 'title'
  | 'indexNumber'
  | 'topicCategory'
  | 'issuer'
  | 'documentNumber'
  | 'dateSigned'
  | 'datePublished'
  | 'effective'
  | 'validityStatus'
  | 'validUntil'
  | 'source'
  | 'ignored';

/** Label → field. A label the portal prints that carries no fact about the document maps to 'ignored'. */
const LABELS: Record<string, PortalField> = {
  标题: 'title',
  索引号: 'indexNumber',
  主题分类: 'topicCategory',
  发文机关: 'issuer',
  发文单位: 'issuer',
  发布机构: 'issuer',
  发布机关: 'issuer',
  发文字号: 'documentNumber',
  发文文号: 'documentNumber',
  文号: 'documentNumber',
  字号: 'documentNumber',
  成文日期: 'dateSigned',
  成文时间: 'dateSigned',
  签发时间: 'dateSigned',
  签发日期: 'dateSigned',
  发布日期: 'datePublished',
  发布时间: 'datePublished',
  公开日期: 'datePublished',
  发布: 'datePublished',
  日期: 'datePublished',
  生效时间: 'effective',
  生效日期: 'effective',
  实施日期: 'effective',
  施行日期: 'effective',
  有效性: 'validityStatus',
  时效性: 'validityStatus',
  效力状态: 'validityStatus',
  失效时间: 'validUntil',
  失效日期: 'validUntil',
  废止日期: 'validUntil',
  来源: 'source',
  信息来源: 'source',
  作者: 'ignored',
  浏览次数: 'ignored',
  访问量: 'ignored',
  点击数: 'ignored',
  阅读次数: 'ignored',
  主题词: 'ignored',
  关键词: 'ignored',
  公开方式: 'ignored',
  公开范围: 'ignored',
};

/** Fields whose value must be a date for the line to count as metadata (an empty form field 日期：　年　月　日 is text). */
const DATE_FIELDS = new Set<PortalField>(['dateSigned', 'datePublished', 'effective', 'validUntil']);

/** Longest labels first, so 发布日期 wins over 发布 and 信息来源 over 来源; each label's characters may be padded. */
const LABEL_PATTERN = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].join('[ \\t\\u3000]*'))
  .join('|');
const PAIR = new RegExp(`(?:^|[ \\t\\u3000]+)(${LABEL_PATTERN})[ \\t\\u3000]*[:：][ \\t\\u3000]*`, 'gu');

export interface PortalPair {
  field: PortalField;
  /** The label as printed, without padding. */
  label: string;
  /** The value, verbatim, trimmed. */
  value: string;
}

/**
 * The label：value pairs a line consists of, or null when any part of the line is not one (a body
 * sentence that merely starts with 来源：… is not metadata unless the whole line parses).
 */
export function parsePortalLine(text: string): PortalPair[] | null {
  const line = text.trim();
  const starts = [...line.matchAll(PAIR)];
  if (starts.length === 0 || starts[0]!.index !== 0) return null;
  const pairs: PortalPair[] = [];
  for (const [k, m] of starts.entries()) {
    const end = starts[k + 1]?.index ?? line.length;
    const label = m[1]!.replace(/[ \t\u3000]/gu, '');
    const value = line.slice(m.index + m[0].length, end).trim();
    const field = LABELS[label]!;
    // A finished sentence is text, not a portal's value (来源：本市统计数据显示，…。).
    if ((value === '' && field !== 'ignored') || /[。！？]/u.test(value)) return null;
    if (DATE_FIELDS.has(field) && parseDate(value) === null) return null;
    pairs.push({ field, label, value });
  }
  return pairs;
}
