/**
 * One synthetic policy document as a raw source text, in the shape the real sources have (title, status
 * line, preamble, 一、 parts, （一） groups, numbered tasks with a responsibility bracket, 附件 with the
 * service-list table), made from the pool's sentences: groups and tasks drawn from all five documents,
 * sentences dropped, reordered and borrowed between tasks of a shared topic, re-voiced for the region.
 * It goes through the real ingestion (scripts/ingest/) like any source. Each sentence remembers where
 * it comes from, so the review records of the real sentence can follow it (records.ts).
 */
import { withoutCitations } from '../../src/lib/compare/candidates.ts';
import { deadlinesIn, quantitiesIn } from '../../src/lib/compare/quantities.ts';
import { stripWhitespace } from '../../src/lib/text.ts';
import type { DocumentStatus } from '../../src/model/vocab.ts';
import type { Pool, PoolGroup, PoolSentence, PoolUnit, SentenceRecords } from './pool.ts';
import type { Random } from './random.ts';
import { numbersIn, scaleNumbers, voiceText, type Voice } from './voice.ts';

/** Where a sentence of the synthetic text comes from: the real review and how its numbers were scaled. */
export interface SentenceOrigin {
  records?: SentenceRecords;
  /** The numbers that were scaled (those of its commitments' quantities). */
  numbers: Set<string>;
}

export interface ComposedDocument {
  /** The raw text, as a source file would hold it. */
  raw: string;
  title: string;
  status: DocumentStatus;
  /** Each tagged part of the synthetic document (by the anchor ingestion will give it) and the real part it comes from. */
  units: Array<{ anchor: string; unit: PoolUnit }>;
  /** originKey(anchor, sentence) → where the sentence comes from. */
  origins: Map<string, SentenceOrigin>;
}

export const originKey = (anchor: string, sentence: string): string => `${anchor}\u0000${stripWhitespace(sentence)}`;

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 20 → 二十 (up to 99). */
function chineseNumber(n: number): string {
  if (n < 1 || n > 99) throw new Error(`no Chinese numeral for ${n} here`);
  if (n <= 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN[tens]}十${CN[n % 10]}`;
}

/** A sentence the commitment proposer flags (a number with a unit, 全覆盖, a deadline …). */
function isFlagged(sentence: string): boolean {
  const bare = withoutCitations(sentence);
  return quantitiesIn(bare).length > 0 || deadlinesIn(bare).length > 0;
}

export interface DocumentInput {
  pool: Pool;
  voice: Voice;
  random: Random;
  /** Amounts of commitment sentences are scaled by this factor. */
  factor: number;
  status: ComposedDocument['status'];
  title: string;
  /** The publication date (YYYY-MM-DD), given on the portal line the ingestion reads and drops. */
  date: string;
  /** The 附件 block: label line, title and table (list.ts). */
  appendix: string[];
}

const BRACKET_STYLES = ['daye', 'baoshan', 'nantong', 'pingliang'] as const;
const DEFAULT_DEPARTMENTS = ['市民政局', '市财政局', '市卫健委', '市人社局', '市住建局', '市医保局', '市发改委'];

export function composeDocument(input: DocumentInput): ComposedDocument {
  const { pool, voice, random } = input;
  const v = (s: string) => voiceText(s, voice);
  const origins = new Map<string, SentenceOrigin>();
  const units: ComposedDocument['units'] = [];
  const lines: string[] = [`日期：${input.date} 来源：合成测试数据（非真实文件）`, input.title];
  if (input.status !== '现行有效') lines.push(`（${input.status}）`);

  const allUnits = [...pool.groups, ...pool.closings].flatMap((g) => g.tasks);
  /** The unit's sentences, dropped, reordered and borrowed; re-voiced; remembered under the anchor. */
  const sentencesOf = (unit: PoolUnit, anchor: string, oneParagraph: boolean): string[] => {
    let paragraphs = unit.paragraphs.map((p) => [...p]);
    if (oneParagraph) paragraphs = [paragraphs.flat()];
    return paragraphs.map((p, i) => {
      let s = p.length >= 3 ? [p[0]!, ...p.slice(1).filter(() => !random.chance(0.15))] : p;
      if (s.length > 2 && random.chance(0.5)) s = [s[0]!, ...random.shuffle(s.slice(1))];
      if (i === paragraphs.length - 1 && unit.topics.length > 0 && random.chance(0.3)) {
        const donors = allUnits.filter((u) => u !== unit && u.topics.some((t) => unit.topics.includes(t)));
        const candidates = donors
          .flatMap((u) => u.paragraphs.flat())
          .filter((x) => !x.records && !isFlagged(x.text) && !s.some((y) => y.text === x.text));
        if (candidates.length > 0) s.splice(random.int(1, s.length), 0, random.pick(candidates));
      }
      return s.map((sentence) => voiced(sentence, anchor)).join('');
    });
  };
  const voiced = (sentence: PoolSentence, anchor: string): string => {
    const numbers = new Set((sentence.records?.commitments ?? []).flatMap((c) => numbersIn(c.quantity)));
    const text = v(scaleNumbers(sentence.text, numbers, input.factor));
    origins.set(originKey(anchor, text), { records: sentence.records, numbers });
    return text;
  };

  const preamble = random.pick(pool.preambles);
  lines.push(...sentencesOf(preamble, 'preamble', false));
  units.push({ anchor: 'preamble', unit: preamble });

  let part = 0;
  const intro = random.pick(pool.intros);
  lines.push(`${chineseNumber(++part)}、${v(intro.title)}`);
  lines.push(...sentencesOf(intro, `section-${part}`, false));
  units.push({ anchor: `section-${part}`, unit: intro });

  // 二、重点任务: three to five groups, each with most of its tasks and sometimes one from elsewhere.
  lines.push(`${chineseNumber(++part)}、${random.pick(['重点任务', '重点工作', '工作任务', '主要任务'])}`);
  const style = random.pick(BRACKET_STYLES);
  const groups = random.sample(pool.groups, random.int(3, Math.min(5, pool.groups.length)));
  const used = new Set<PoolUnit>(groups.flatMap((g) => g.tasks));
  const titles = new Set<string>();
  let task = 0;
  let group = 0;
  for (const g of random.shuffle(groups)) {
    const groupTitle = v(g.title);
    if (titles.has(groupTitle)) continue;
    const picked: PoolUnit[] = random.sample(
      g.tasks,
      Math.max(Math.min(2, g.tasks.length), Math.ceil(g.tasks.length * (0.6 + random.next() * 0.4))),
    );
    if (random.chance(0.35)) {
      const extra = random.pick(pool.groups.flatMap((x) => x.tasks));
      if (!used.has(extra)) {
        used.add(extra);
        picked.push(extra);
      }
    }
    // Titles stay unique in a document (two seeds share 提高基本养老服务供给能力); a group needs a task.
    const tasks = picked.filter((u) => !titles.has(v(u.title)) && titles.add(v(u.title)));
    if (tasks.length === 0) continue;
    titles.add(groupTitle);
    lines.push(`（${chineseNumber(++group)}）${groupTitle}`);
    for (const unit of tasks) {
      const anchor = `task-${++task}`;
      lines.push(
        `${task}.${v(unit.title)}。${sentencesOf(unit, anchor, true).join('')}${bracket(unit, style, voice, random)}`,
      );
      units.push({ anchor, unit });
    }
  }

  // 三、组织保障 (or 工作要求 …): the closing parts of one document, sometimes with one of another's.
  const closing: PoolGroup = random.pick(pool.closings);
  const closingUnits = random.sample(closing.tasks, Math.max(2, random.int(2, closing.tasks.length)));
  if (random.chance(0.3)) closingUnits.push(random.pick(pool.closings.flatMap((c) => c.tasks)));
  lines.push(`${chineseNumber(++part)}、${v(closing.title)}`);
  let leaf = 0;
  for (const unit of closingUnits) {
    const title = v(unit.title);
    if (titles.has(title)) continue;
    titles.add(title);
    const anchor = `section-${part}-${++leaf}`;
    lines.push(`（${chineseNumber(leaf)}）${title}。${sentencesOf(unit, anchor, true).join('')}`);
    units.push({ anchor, unit });
  }
  if (random.chance(0.2)) lines.push('（此件公开发布）');
  lines.push(...input.appendix);
  return { raw: `${lines.join('\n')}\n`, title: input.title, status: input.status, units, origins };
}

/** The task's closing bracket in the document's style, naming the real task's departments (re-voiced). */
function bracket(unit: PoolUnit, style: (typeof BRACKET_STYLES)[number], voice: Voice, random: Random): string {
  const r = unit.responsibility;
  const named = r ? [...r.lead, ...r.responsible, ...r.implementing] : [];
  let departments = named.filter((u) => /^市.*(局|委|办|院|联|会|队)$/u.test(u) && !/成员单位/u.test(u));
  if (departments.length === 0)
    departments = ['市民政局', ...random.sample(DEFAULT_DEPARTMENTS.slice(1), random.int(1, 2))];
  const units = [...new Set(departments.map((d) => voiceText(d, voice)))];
  const local = voice.own === '县' ? '各乡镇人民政府' : '各县（市、区）人民政府';
  switch (style) {
    case 'daye':
      return `（责任单位：${[...units, voice.own === '县' ? '各乡镇' : '各县（市、区）'].join('、')}）`;
    case 'baoshan':
      return `（牵头单位：${units[0]}；责任单位：${[...units.slice(1), local].join('、')}）`;
    case 'nantong':
      return `〔${units.join('、')}等按职责分工负责〕`;
    case 'pingliang':
      return `（${units.join('、')}按职责分工负责，${local}具体落实）`;
  }
}
