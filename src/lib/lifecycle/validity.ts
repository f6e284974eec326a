/**
 * When a document takes effect and until when it is valid (生效日期, 有效期至), from the facts the ingestion read
 * from its closing clauses or its portal (docs/ingest.md): an end stated as a date (有效期至2028年12月31日), or
 * counted from a number of years (有效期5年) from the effective date — else the 成文日期 — or 未注明.
 */
import { UNSTATED } from '../../model/vocab.ts';
import { isIsoDate, lastDayOf } from './dates.ts';

/** The document facts validity is read from (DocumentData's fields of the same names). */
export interface ValidityFacts {
  dateSigned: string;
  effective?: { date: string; clause: string; from?: string };
  validity?: { until?: string; years?: number; clause: string; from?: string };
}

/**
 * How the end of validity was found: stated as a date; counted from the effective date or from the 成文日期;
 * not countable (有效期N年 with neither date stated); unstated (the text says nothing about it).
 */
export type UntilBasis = 'stated' | 'from-effective' | 'from-signed' | 'no-start' | 'unstated';

export interface Validity {
  /** 生效日期: the date the text names (directly or as 自印发之日起), or 未注明. */
  effective: string;
  /** The sentence that says when it takes effect, verbatim. */
  effectiveClause?: string;
  /** Where the editor read that sentence, when the text itself does not say it (sources.yaml). */
  effectiveFrom?: string;
  /** 有效期至: the last day it is valid, or 未注明. */
  until: string;
  untilBasis: UntilBasis;
  /** The years of 有效期N年, when the text counts them. */
  years?: number;
  /** The sentence that says how long it is valid, verbatim. */
  untilClause?: string;
  /** Where the editor read that sentence, when the text itself does not say it (sources.yaml). */
  untilFrom?: string;
}

export function validityOf(d: ValidityFacts): Validity {
  const effective = d.effective && isIsoDate(d.effective.date) ? d.effective.date : UNSTATED;
  const base = {
    effective,
    ...(d.effective ? { effectiveClause: d.effective.clause } : {}),
    ...(d.effective?.from ? { effectiveFrom: d.effective.from } : {}),
  };
  const v = d.validity;
  if (!v) return { ...base, until: UNSTATED, untilBasis: 'unstated' };
  const stated = {
    ...base,
    ...(v.years ? { years: v.years } : {}),
    untilClause: v.clause,
    ...(v.from ? { untilFrom: v.from } : {}),
  };
  if (v.until) return { ...stated, until: v.until, untilBasis: 'stated' };
  if (v.years && effective !== UNSTATED)
    return { ...stated, until: lastDayOf(effective, v.years), untilBasis: 'from-effective' };
  if (v.years && isIsoDate(d.dateSigned))
    return { ...stated, until: lastDayOf(d.dateSigned, v.years), untilBasis: 'from-signed' };
  return { ...stated, until: UNSTATED, untilBasis: v.years ? 'no-start' : 'unstated' };
}

/** How the page explains a counted or missing end, in plain words (none when the text states the date). */
export function untilNote(v: Validity): string | undefined {
  switch (v.untilBasis) {
    case 'from-effective':
      return `按“有效期${v.years}年”从生效日期起算`;
    case 'from-signed':
      return `按“有效期${v.years}年”从成文日期起算（原文未写生效日期）`;
    case 'no-start':
      return `原文写了“有效期${v.years}年”，但没有写从哪天起算`;
    default:
      return undefined;
  }
}
