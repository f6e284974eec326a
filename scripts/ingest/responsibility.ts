/**
 * Who is responsible for a task, as the document says, in each form texts use:
 *   (牵头单位:市民政局;责任单位:市财政局,各县、市、区人民政府)      — labelled, any bracket
 *   【责任单位：市民政局】 / 牵头单位：市民政局　配合单位：市财政局    — labelled, bracketed or on its own line
 *   （市民政局牵头，市财政局、市卫健委按职责分工负责）               — clauses ending in a duty word
 *   (市发改委、市民政局按职责分工负责,各县市区人民政府具体落实)       — 负责 / 具体落实
 *   〔市民政局、市财政局〕                                           — a bare list of units after a sentence
 * Units are kept verbatim, in the document's order; nothing is expanded or guessed. Brackets inside unit
 * names (各区（市）县政府（管委会）) are matched, never split on.
 */
export interface Responsibility {
  /** 牵头单位, or the units that 牵头. */
  lead: string[];
  /** 责任单位, or the units that 负责 / 按职责分工负责. */
  responsible: string[];
  /** Units that 具体落实 (carry it out locally). */
  implementing: string[];
  /** 配合单位, or the units that 配合 / 参与 / 协助; absent when the text names none. */
  supporting?: string[];
  /** True when a list ends in 等 (“and others”): the document names only some of the units. */
  andOthers: boolean;
  /** Clauses that name no units (e.g. 不再列出), verbatim. */
  notes: string[];
  /** The responsibility text exactly as in the source (a bracket with its brackets, or the own line). */
  raw: string;
}

const OPENERS = '(（〔[［【﹝';
const CLOSERS = ')）〕]］】﹞';

/** Finds the bracketed block that closes `text` (a final 。 and white space allowed after it); null if there is none. */
function trailingBracket(text: string): { start: number; end: number } | null {
  let end = text.length;
  while (end > 0 && /[\s\u3000。]/u.test(text[end - 1]!)) end--;
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

type Role = 'lead' | 'responsible' | 'implementing' | 'supporting';

/** Labels of the labelled form and the role each names. */
const LABEL_ROLES: [RegExp, Role][] = [
  [/^牵头(单位|部门)?$/u, 'lead'],
  [/^(责任|负责|主责)(单位|部门)$/u, 'responsible'],
  [/^(配合|协办|协同|参与)(单位|部门)$/u, 'supporting'],
  [/^(落实|实施)(单位|部门)$/u, 'implementing'],
];
const LABEL =
  /(牵头单位|牵头部门|牵头|责任单位|责任部门|负责单位|负责部门|主责单位|主责部门|配合单位|配合部门|协办单位|协办部门|协同单位|协同部门|参与单位|参与部门|落实单位|落实部门|实施单位|实施部门)[:：]/gu;

/** Duty words that close a clause, and the role of the units before them. */
const DUTY =
  /^(.*?)(牵头负责|牵头|按职责分工负责|按照职责分工负责|按职责负责|分别负责|具体负责|负责|按职责分工具体落实|具体落实|负责落实|抓好落实|落实|组织实施|按职责分工配合|配合|协助|参与)$/su;
function dutyRole(word: string): Role {
  if (word.startsWith('牵头')) return 'lead';
  if (/落实|实施/u.test(word)) return 'implementing';
  if (/配合|协助|参与/u.test(word)) return 'supporting';
  return 'responsible';
}

/** Words that mark a clause as an instruction rather than a list of units (以下各项均需…负责). */
const NOT_A_UNIT = /以下|各项|均需|不再|^由|简称|详见|参见|包括/u;
/** What the name of a unit ends with, for the bare form that has no label or duty word to go by. */
const UNIT_END =
  /(局|委|办|院|会|厅|部|政府|中心|公司|集团|银行|分行|支队|大队|单位|机关|小组|管委会|街道|乡镇|党委|队|所|站|社|馆|处|室|署|团|联|[）)])$/u;

function emptyResult(raw: string): Responsibility {
  return { lead: [], responsible: [], implementing: [], andOthers: false, notes: [], raw };
}

function addUnits(result: Responsibility, role: Role, list: string): void {
  const names = splitUnits(list.replace(/[。；;，,\s\u3000]+$/u, ''));
  const last = names.at(-1);
  if (last?.endsWith('等')) {
    result.andOthers = true;
    names[names.length - 1] = last.slice(0, -1);
  }
  if (names.length === 0) return;
  if (role === 'supporting') result.supporting = [...(result.supporting ?? []), ...names];
  else result[role].push(...names);
}

function count(r: Responsibility): number {
  return r.lead.length + r.responsible.length + r.implementing.length + (r.supporting?.length ?? 0);
}

/** The labelled form: 牵头单位：…；责任单位：… or 牵头单位：…　配合单位：…; null when `inner` does not start with a label. */
function readLabelled(inner: string, raw: string): Responsibility | null {
  const labels = [...inner.matchAll(LABEL)].filter((m) => bracketDepthAt(inner, m.index) === 0);
  if (labels.length === 0 || labels[0]!.index !== 0) return null;
  const result = emptyResult(raw);
  for (const [k, m] of labels.entries()) {
    const value = inner.slice(m.index + m[0].length, labels[k + 1]?.index ?? inner.length);
    const role = LABEL_ROLES.find(([re]) => re.test(m[1]!))![1];
    addUnits(result, role, value);
  }
  return count(result) > 0 ? result : null;
}

function bracketDepthAt(s: string, index: number): number {
  let depth = 0;
  for (const ch of s.slice(0, index)) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** The clause form: each clause ends in a duty word (牵头, 负责, 具体落实, 配合); clauses naming no unit become notes. */
function readClauses(inner: string, raw: string): Responsibility | null {
  const result = emptyResult(raw);
  for (const clause of splitTopLevel(inner, ',，;；。')) {
    const duty = DUTY.exec(clause);
    const names = duty ? splitUnits(duty[1]!) : [];
    if (!duty || names.length === 0 || names.some((n) => NOT_A_UNIT.test(n))) {
      result.notes.push(clause);
      continue;
    }
    addUnits(result, dutyRole(duty[2]!), duty[1]!);
  }
  return count(result) > 0 ? result : null;
}

/** The bare form 〔市民政局、市财政局〕: every name must read as a unit. */
function readBare(inner: string, raw: string): Responsibility | null {
  const names = splitUnits(inner.replace(/等$/u, ''));
  if (names.length === 0 || !names.every((n) => UNIT_END.test(n) && !/[。：:；;！？]/u.test(n) && !NOT_A_UNIT.test(n)))
    return null;
  const result = emptyResult(raw);
  addUnits(result, 'responsible', inner);
  return result;
}

function readInner(inner: string, raw: string, bareAllowed: boolean): Responsibility | null {
  const labelled = readLabelled(inner, raw);
  if (labelled) return labelled;
  if (/^(牵头|责任|配合|负责)/u.test(inner) && /^[^，,；;]{0,6}[:：]/u.test(inner)) return null;
  return readClauses(inner, raw) ?? (bareAllowed ? readBare(inner, raw) : null);
}

/**
 * Reads the responsibility bracket at the end of a task's text; null when the text ends without one.
 * A bracket with a bare list of units counts only where it follows a finished sentence (or stands alone),
 * so a name's own bracket (…县政府（管委会）) is never read as one.
 */
export function extractResponsibility(text: string): Responsibility | null {
  const span = trailingBracket(text);
  if (!span) return null;
  const raw = text.slice(span.start, span.end);
  const before = text.slice(0, span.start).trimEnd();
  return readInner(raw.slice(1, -1).trim(), raw, before === '' || /[。；;！？!?]$/u.test(before));
}

/**
 * A paragraph that is nothing but a responsibility statement on its own line: 责任单位：市民政局、市财政局,
 * 牵头单位：市民政局　配合单位：市财政局, or a whole bracket （牵头单位：…）. Null for anything else.
 */
export function responsibilityLine(text: string): Responsibility | null {
  const line = text.trim();
  const span = trailingBracket(line);
  if (span && span.start === 0) return extractResponsibility(line);
  return readLabelled(line.replace(/[。；;]$/u, ''), line);
}

/** Two statements about one task (a 牵头单位 line, then a 配合单位 line) as one. */
export function mergeResponsibility(a: Responsibility, b: Responsibility): Responsibility {
  const merged: Responsibility = {
    lead: [...a.lead, ...b.lead],
    responsible: [...a.responsible, ...b.responsible],
    implementing: [...a.implementing, ...b.implementing],
    andOthers: a.andOthers || b.andOthers,
    notes: [...a.notes, ...b.notes],
    raw: `${a.raw}\n${b.raw}`,
  };
  if (a.supporting || b.supporting) merged.supporting = [...(a.supporting ?? []), ...(b.supporting ?? [])];
  return merged;
}

/**
 * Lead departments of a service-list cell, where the source ran names together without a separator
 * (市民政局市卫健局; 市法院 and 市司法局 on two lines of one cell, joined): split before each new 市… after an office ending,
 * and at the marks that separate names (、，；).
 */
export function splitDepartmentCell(cell: string): string[] {
  return splitUnits(cell.replace(/[；;\s\u3000]+/gu, '、'))
    .flatMap((unit) => unit.split(/(?<=[局院委会联办部])(?=市)/u))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
