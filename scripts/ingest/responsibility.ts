/**
 * Who is responsible for a task, as the document's closing bracket says, in each form the seeds use:
 *   (牵头单位:市民政局;责任单位:市财政局,各县、市、区人民政府)      — 保山
 *   （责任单位：市民政局、市卫健局、各乡镇（街道））                 — 大冶
 *   〔市财政局、市民政局按职责分工负责〕                             — 南通
 *   (市发改委、市民政局按职责分工负责,各县市区人民政府具体落实)       — 平凉
 * Units are kept verbatim, in the document's order; nothing is expanded or guessed.
 */
export interface Responsibility {
  /** 牵头单位 — named as lead by the document. */
  lead: string[];
  /** 责任单位, or the units that are “按职责分工负责”. */
  responsible: string[];
  /** Units that “具体落实” (carry it out locally). */
  implementing: string[];
  /** True when a list ends in 等 (“and others”): the document names only some of the units. */
  andOthers: boolean;
  /** Clauses of the bracket that name no units (e.g. 不再列出), verbatim. */
  notes: string[];
  /** The bracketed text exactly as in the source, brackets included. */
  raw: string;
}

const OPENERS = '(（〔[【';
const CLOSERS = ')）〕]】';

/** Finds the bracketed block that closes `text` (an optional final 。 allowed); null if there is none. */
function trailingBracket(text: string): { start: number; end: number } | null {
  let end = text.length;
  while (end > 0 && /[\s。]/.test(text[end - 1]!)) end--;
  if (end === 0 || !CLOSERS.includes(text[end - 1]!)) return null;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch)) {
      depth--;
      if (depth === 0) return { start: i, end };
    }
  }
  return null;
}

/** Splits `s` at any of `separators` that stand outside brackets. */
function splitTopLevel(s: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of s) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * A list of units: groups separated by commas, units within a group by 、 — except where 、 joins
 * single characters of one name (各县、市、区人民政府), which stays whole.
 */
export function splitUnits(s: string): string[] {
  return splitTopLevel(s, ',，').flatMap((group) => {
    const parts = splitTopLevel(group, '、');
    return parts.some((p) => [...p].length <= 1) ? [group] : parts;
  });
}

/** Words that mark a clause as an instruction rather than a list of units (以下各项均需…负责). */
const NOT_A_UNIT = /以下|各项|均需|不再/u;

const LABELLED = /^(牵头单位|责任单位)[:：](.*)$/su;

/** Reads the responsibility bracket at the end of a task's text; null when the text ends without one. */
export function extractResponsibility(text: string): Responsibility | null {
  const span = trailingBracket(text);
  if (!span) return null;
  const raw = text.slice(span.start, span.end);
  const inner = raw.slice(1, -1).trim();
  const result: Responsibility = { lead: [], responsible: [], implementing: [], andOthers: false, notes: [], raw };
  const units = (list: string): string[] => {
    const names = splitUnits(list);
    const last = names.at(-1);
    if (last?.endsWith('等')) {
      result.andOthers = true;
      names[names.length - 1] = last.slice(0, -1);
    }
    return names;
  };

  if (/^(牵头单位|责任单位)[:：]/.test(inner)) {
    for (const part of splitTopLevel(inner, ';；')) {
      const m = LABELLED.exec(part);
      if (!m) return null;
      (m[1] === '牵头单位' ? result.lead : result.responsible).push(...units(m[2]!));
    }
    return result;
  }

  if (/按职责分工负责|具体落实/.test(inner)) {
    for (const clause of splitTopLevel(inner, ',，;；。')) {
      const duty = /^(.*?)(?:按职责分工)?(负责|具体落实)$/su.exec(clause);
      const names = duty ? units(duty[1]!) : [];
      if (!duty || names.length === 0 || names.some((n) => NOT_A_UNIT.test(n))) {
        result.notes.push(clause);
        continue;
      }
      (duty[2] === '具体落实' ? result.implementing : result.responsible).push(...names);
    }
    return result.responsible.length + result.implementing.length > 0 ? result : null;
  }
  return null;
}

/**
 * Lead departments of a service-list cell, where the source ran names together without a separator
 * (市民政局市卫健局; 市法院 and 市司法局 on two lines of one cell, joined): split before each new 市… after an office ending.
 */
export function splitDepartmentCell(cell: string): string[] {
  return cell
    .split(/(?<=[局院委会联办部])(?=市)/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
