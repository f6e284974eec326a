/**
 * The facts a document page shows besides title, status, issuer, number and dates: when it takes effect,
 * until when it is valid, and what its 版头, 版记 and the portal print — each as the source states it, or
 * 未注明. Only facts, in plain words; no guess fills a gap (an end counted from 有效期N年 says so).
 */
import type { DocumentData } from '../model/document.ts';
import { UNSTATED } from '../model/vocab.ts';
import { displayDate } from './labels.ts';
import { untilNote, type Validity } from './lifecycle/validity.ts';

export interface FactRow {
  label: string;
  /** What the source states, ready to show; 未注明 when it states nothing. */
  value: string;
  /** The sentence of the source the value was read from, verbatim, when there is one. */
  clause?: string;
  /** Where that sentence is printed, when the editor stated it because the text does not (docs/lifecycle.md). */
  from?: string;
  unstated: boolean;
}

type Facts = Pick<
  DocumentData,
  | 'noticeTitle'
  | 'issuerMark'
  | 'signer'
  | 'addressees'
  | 'attachments'
  | 'annotations'
  | 'printedBy'
  | 'datePrinted'
  | 'copiedTo'
  | 'repeals'
  | 'interpreter'
  | 'indexNumber'
  | 'topicCategory'
  | 'validityStatus'
>;

function row(label: string, value: string | undefined, clause?: string, from?: string): FactRow {
  const stated = value !== undefined && value !== '' && value !== UNSTATED;
  return {
    label,
    value: stated ? value : UNSTATED,
    ...(clause ? { clause } : {}),
    ...(clause && from ? { from } : {}),
    unstated: !stated,
  };
}

/** How a row's source sentence is shown: （原文：“…”）, or （据…：“…”） for one the editor stated. */
export const clauseText = (r: FactRow): string => (r.from ? `据${r.from}：“${r.clause}”` : `原文：“${r.clause}”`);

/** 生效日期 and 有效期至 (src/lib/lifecycle/validity.ts), each with the clause that says it: shown with the main facts. */
export function effectRows(v: Validity): FactRow[] {
  const note = untilNote(v);
  const until = v.until === UNSTATED ? undefined : `${displayDate(v.until)}${note ? `（${note}）` : ''}`;
  const untilRow = row('有效期至', until, v.untilClause, v.untilFrom);
  return [
    row('生效日期', displayDate(v.effective), v.effectiveClause, v.effectiveFrom),
    // 未注明 and why, when the text gives years but no day to count them from.
    untilRow.unstated && note ? { ...untilRow, value: `${UNSTATED}（${note}）` } : untilRow,
  ];
}

/** What the printed document and the portal state besides: shown in a fold of its own. */
export function printedRows(d: Facts): FactRow[] {
  const printed = [d.printedBy, d.datePrinted && displayDate(d.datePrinted)].filter(Boolean).join('　');
  return [
    row('印发通知', d.noticeTitle),
    row('发文机关标志', d.issuerMark),
    row('签发人', d.signer),
    row('主送机关', d.addressees),
    row('附件说明', d.attachments?.join('；')),
    row('附注', d.annotations?.join('')),
    row('印发机关和印发日期', printed || undefined),
    row('抄送', d.copiedTo),
    row('废止的文件', d.repeals?.map((r) => `《${r.title}》（${r.number}）`).join('、')),
    row('解释机关', d.interpreter),
    row('索引号（网站标注）', d.indexNumber),
    row('主题分类（网站标注）', d.topicCategory),
    row('有效性（网站标注）', d.validityStatus),
  ];
}
