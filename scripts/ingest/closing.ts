/**
 * The closing clauses of a document (本方案自印发之日起施行。 本办法自2024年1月1日起施行，有效期5年。
 * 原《…》（…号）同时废止。 本实施方案由市民政局负责解释。) read as facts. Only sentences that speak of the
 * document itself count (本… / 自… / 有效期… / 原《…》…), so a task that mentions another law's start date
 * is not taken for the document's own.
 */
import { asciiDigits, chineseNumeralToInt, splitSentences } from '../../src/lib/text.ts';
import { findDate, PRINTED_DATE } from './dates.ts';
import { citedDocuments, type CitedDocument } from './metadata.ts';

export interface Paragraph {
  text: string;
  line: number;
}

export interface ClosingFacts {
  /** 施行: the date as printed, or 'on-issue' for 自印发之日起 (the caller knows the issue date). */
  effective?: { date?: string; onIssue: boolean; clause: string; line: number };
  validity?: { until?: string; years?: number; clause: string; line: number };
  repeals?: { documents: CitedDocument[]; clause: string; line: number };
  interpreter?: { unit: string; clause: string; line: number };
}

/** The document speaking of itself: 本方案、本办法、本意见、本通知、本细则 … (at most a few characters). */
const SELF = '(?:本[\\u4e00-\\u9fff]{1,8}?|此件|本文件)';
const EFFECTIVE = new RegExp(
  `^(?:${SELF})?[，,]?自(?:印发|发布|公布|颁布|下发|签发)之日起(?:施行|执行|实施|生效|试行)|^(?:${SELF})?[，,]?自(${PRINTED_DATE.source})起(?:施行|执行|实施|生效|试行)`,
  'u',
);
const VALID_YEARS = /有效期(?:为|暂定为?)?([0-9０-９]+|[一二三四五六七八九十两]+)年/u;
const VALID_UNTIL = new RegExp(`有效期(?:至|到|截至)(${PRINTED_DATE.source})`, 'u');
const INTERPRETER = /^本[^，,]{0,15}?由(.+?)(?:负责)?解释$/u;
const REPEALS = /《.+废止$/u;

/** Sentences of a paragraph, verbatim (final mark kept), each with the form the patterns read (final mark removed). */
function sentences(text: string): { clause: string; bare: string }[] {
  return splitSentences(text).map((clause) => ({ clause, bare: clause.replace(/[。；;！!？?]+$/u, '') }));
}

function years(printed: string): number | null {
  const digits = asciiDigits(printed);
  return /^\d+$/u.test(digits) ? Number(digits) : chineseNumeralToInt(printed.replace('两', '二'));
}

function validityIn(clause: string, isEffective: boolean): { until?: string; years?: number } | null {
  if (!isEffective && !/^(本|此件|有效期)/u.test(clause)) return null;
  const y = VALID_YEARS.exec(clause);
  const until = VALID_UNTIL.exec(clause);
  if (!y && !until) return null;
  const untilDate = until ? findDate(until[1]!) : null;
  const n = y ? years(y[1]!) : null;
  return { ...(untilDate ? { until: untilDate } : {}), ...(n ? { years: n } : {}) };
}

/** A sentence that is one of the closing clauses (the truncation rule asks this too). */
export function isClosingClause(text: string): boolean {
  return sentences(text).some(
    ({ bare: s }) => EFFECTIVE.test(s) || validityIn(s, false) !== null || REPEALS.test(s) || INTERPRETER.test(s),
  );
}

/** Reads the closing clauses from paragraphs (the document's own text first, then its notice's); the first of each kind counts. */
export function readClosing(paragraphs: Paragraph[]): ClosingFacts {
  const facts: ClosingFacts = {};
  for (const p of paragraphs) {
    for (const { clause, bare } of sentences(p.text)) {
      const effective = EFFECTIVE.exec(bare);
      if (effective && !facts.effective) {
        const date = effective[1] ? findDate(effective[1]) : null;
        facts.effective = { ...(date ? { date } : {}), onIssue: !effective[1], clause, line: p.line };
      }
      const validity = validityIn(bare, effective !== null);
      if (validity && !facts.validity) facts.validity = { ...validity, clause, line: p.line };
      if (REPEALS.test(bare) && !facts.repeals) {
        facts.repeals = { documents: citedDocuments(bare), clause, line: p.line };
      }
      const interpreter = INTERPRETER.exec(bare);
      if (interpreter && !facts.interpreter) facts.interpreter = { unit: interpreter[1]!, clause, line: p.line };
    }
  }
  return facts;
}
