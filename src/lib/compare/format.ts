/** Commitment values and deadlines in the words the comparison pages use (our wording, not the source's). */
import { UNSTATED, type Comparator } from '../../model/vocab.ts';

const COMPARATOR_WORD: Record<Comparator, string> = { '≥': '不低于', '≤': '不高于', '=': '' };

/** 不低于 55% · 100% · 5—10 年 · 不低于 20 平方米/百户. */
export function formatValue(c: { comparator: Comparator; value: number; upTo?: number }, unit: string): string {
  const number = c.upTo === undefined ? `${c.value}` : `${c.value}—${c.upTo}`;
  const spaced = unit === '%' ? `${number}%` : `${number} ${unit}`;
  return `${COMPARATOR_WORD[c.comparator]}${COMPARATOR_WORD[c.comparator] ? ' ' : ''}${spaced}`;
}

/** 2025年 / 2024年6月 — or 未注明 when the text sets no date. */
export function formatDeadline(d: { year: number; month?: number } | undefined): string {
  if (!d) return UNSTATED;
  return d.month ? `${d.year}年${d.month}月` : `${d.year}年`;
}
