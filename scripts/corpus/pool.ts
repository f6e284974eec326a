/**
 * The material the synthetic corpus is made from: the reviewed real content (content/). Every task,
 * section and preamble of the five documents with its sentences, its reviewed topic tags and the
 * commitments or dismissals recorded for each sentence; every item of 大冶's list with its reviewed
 * service kind, eligibility rule and plain words.
 */
import { sectionParagraphs } from '../../src/lib/compare/sections.ts';
import type { Commitment, DocumentCommitments } from '../../src/model/compare.ts';
import { taggableUnits } from '../../src/lib/compare/units.ts';
import type { OutlineEntry } from '../../src/model/document.ts';
import type { ServiceItem } from '../../src/model/list.ts';
import type { Rule } from '../../src/model/eligibility.ts';
import { readContent } from '../../src/model/read.ts';
import type { Responsibility } from '../ingest/responsibility.ts';
import { splitSentences, stripWhitespace } from '../../src/lib/text.ts';

type Dismissal = DocumentCommitments['dismissed'][number];

/** What the real review recorded for one sentence. */
export interface SentenceRecords {
  commitments: Commitment[];
  dismissed: Dismissal[];
}

export interface PoolSentence {
  /** The sentence as the real text has it (ending in a sentence mark, one added where the text had none). */
  text: string;
  /** Its records in the real review, if it is a flagged sentence. */
  records?: SentenceRecords;
}

/** A part of a real document that carries text: a task, a section with text, the preamble. */
export interface PoolUnit {
  document: string;
  anchor: string;
  /** The heading without its number and final 。 ('' for the preamble). */
  title: string;
  /** Paragraphs of sentences, the responsibility bracket removed. */
  paragraphs: PoolSentence[][];
  responsibility?: Responsibility;
  /** Reviewed topic tags and service kinds of the real unit. */
  topics: string[];
  services: string[];
}

export interface PoolGroup {
  document: string;
  /** The group's heading: （一）健全基本养老服务制度体系 → 健全基本养老服务制度体系. */
  title: string;
  tasks: PoolUnit[];
}

export interface PoolItem {
  /** Where it comes from, e.g. daye-jiben-yanglao-qingdan#3, or extra:laonian-zhucan. */
  origin: string;
  name: string;
  content: string;
  target: string;
  type: ServiceItem['type'];
  tier: ServiceItem['tier'];
  leadText: string;
  service: string;
  itemTopics: string[];
  grant: 'automatic' | 'apply' | 'unstated';
  rule: Rule;
  plain: { who: string; what: string; amount?: string };
}

export interface Pool {
  preambles: PoolUnit[];
  /** 一、总体要求 and the like: a first section with text of its own. */
  intros: PoolUnit[];
  groups: PoolGroup[];
  /** The closing part (组织保障, 工作要求 …) of each document: its sections with text. */
  closings: PoolGroup[];
  items: PoolItem[];
  /** Every department a real text or list names that starts with 市 (for county texts: 市民政局 → 县民政局). */
  cityDepartments: string[];
}

const TERMINATED = /[。！？；;!?]$/u;

/** Reads the pool from a content folder that passes the content check (normally ./content). */
export function readPool(contentDir: string): Pool {
  const content = readContent(contentDir);
  if (content.problems.length > 0)
    throw new Error(`${content.problems[0]}; run npm run check:content on the source content`);
  const data = <T>(c: { entries: Array<{ file: { id: string }; data: T }> }) =>
    new Map(c.entries.map((e) => [e.file.id, e.data]));
  const tagsByDoc = data(content.documentTags);
  const recordsByDoc = data(content.commitments);
  const departments = new Set<string>();
  const pool: Pool = { preambles: [], intros: [], groups: [], closings: [], items: [], cityDepartments: [] };

  for (const { file: f, data: doc } of content.documents.entries) {
    const sections = sectionParagraphs(f.body);
    const tags = new Map((tagsByDoc.get(f.id)?.units ?? []).map((u) => [u.anchor, u]));
    const recorded = recordsByDoc.get(f.id) ?? { document: f.id, commitments: [], dismissed: [] };
    const leaves = new Set(taggableUnits(doc.outline).map((u) => u.anchor));

    const unit = (anchor: string, title: string, responsibility?: Responsibility): PoolUnit | null => {
      const paragraphs = [...(sections.get(anchor) ?? [])];
      if (paragraphs.length === 0) return null;
      if (responsibility) {
        const last = paragraphs.at(-1)!;
        if (!last.endsWith(responsibility.raw))
          throw new Error(`${f.path}#${anchor}: the responsibility bracket is not at the end of the text`);
        paragraphs[paragraphs.length - 1] = last.slice(0, -responsibility.raw.length);
        for (const u of [...responsibility.lead, ...responsibility.responsible, ...responsibility.implementing])
          if (isCityDepartment(u)) departments.add(u);
      }
      const withBracket = new Set(responsibility ? [stripWhitespace(responsibility.raw)] : []);
      const recordsOf = (sentence: string): SentenceRecords | undefined => {
        const key = stripWhitespace(sentence);
        // A sentence without a final mark was recorded with the bracket that followed it.
        const matches = (s: string) => {
          const k = stripWhitespace(s);
          return k === key || [...withBracket].some((b) => k === key + b);
        };
        const commitments = recorded.commitments.filter((c) => c.anchor === anchor && matches(c.sentence));
        const dismissed = recorded.dismissed.filter((d) => d.anchor === anchor && matches(d.sentence));
        return commitments.length + dismissed.length > 0 ? { commitments, dismissed } : undefined;
      };
      const sentences = paragraphs
        .map((p) => splitSentences(p).map((s) => ({ text: TERMINATED.test(s) ? s : `${s}。`, records: recordsOf(s) })))
        .filter((p) => p.length > 0);
      if (sentences.length === 0) return null;
      const tag = tags.get(anchor);
      return {
        document: f.id,
        anchor,
        title,
        paragraphs: sentences,
        responsibility,
        topics: tag?.topics ?? [],
        services: tag?.services ?? [],
      };
    };

    const preamble = unit('preamble', '');
    if (preamble) pool.preambles.push(preamble);
    const present = doc.outline.filter((o) => o.presence === 'present' && o.kind !== 'appendix');
    const tops = present.filter((o) => o.level === 1);
    const childrenOf = (entry: OutlineEntry): OutlineEntry[] => {
      const start = present.indexOf(entry);
      const out: OutlineEntry[] = [];
      for (const o of present.slice(start + 1)) {
        if (o.level <= entry.level) break;
        out.push(o);
      }
      return out;
    };
    tops.forEach((top, i) => {
      if (leaves.has(top.anchor)) {
        const u = i === 0 ? unit(top.anchor, top.title) : null;
        if (u) pool.intros.push(u);
        return;
      }
      const children = childrenOf(top);
      const groups = children.filter((c) => c.level === 2 && !leaves.has(c.anchor));
      const leafParts = children.filter((c) => c.level === 2 && leaves.has(c.anchor));
      for (const g of groups) {
        const tasks = childrenOf(g)
          .filter((t) => leaves.has(t.anchor))
          .map((t) => unit(t.anchor, t.title, t.responsibility))
          .filter((u) => u !== null);
        if (tasks.length > 0) pool.groups.push({ document: f.id, title: g.title, tasks });
      }
      if (groups.length === 0 && leafParts.length > 0 && i > 0) {
        const units = leafParts.map((t) => unit(t.anchor, t.title, t.responsibility)).filter((u) => u !== null);
        // The last part of a document closes it (组织保障); earlier ones (宁夏's 二…五) are groups of tasks.
        if (units.length > 0)
          (i === tops.length - 1 ? pool.closings : pool.groups).push({
            document: f.id,
            title: top.title,
            tasks: units,
          });
      }
    });
  }

  const eligibility = data(content.eligibility);
  const plain = data(content.plain);
  const listTags = data(content.listTags);
  for (const { file: f, data: list } of content.lists.entries) {
    if (list.items.length === 0) continue;
    for (const item of list.items) {
      const rule = eligibility.get(f.id)?.items.find((i) => i.number === item.number);
      const words = plain.get(f.id)?.items.find((i) => i.number === item.number);
      const tag = listTags.get(f.id)?.items.find((i) => i.number === item.number);
      if (!rule || !words || !tag)
        throw new Error(`${f.path}: item ${item.number} lacks eligibility, plain words or tags`);
      item.leadDepartments.filter(isCityDepartment).forEach((d) => departments.add(d));
      pool.items.push({
        origin: `${f.id}#${item.number}`,
        name: item.name,
        content: item.content,
        target: item.target,
        type: item.type,
        tier: item.tier,
        leadText: item.leadText,
        service: tag.service,
        itemTopics: tag.topics,
        grant: rule.grant,
        rule: rule.rule,
        plain: { who: words.who, what: words.what, ...(words.amount ? { amount: words.amount } : {}) },
      });
    }
  }
  pool.cityDepartments = [...departments].sort((a, b) => b.length - a.length);
  return pool;
}

/** 市民政局, 市市场监管局 — but not 市场监管局, which only starts with the word 市场. */
function isCityDepartment(unit: string): boolean {
  return unit.startsWith('市') && !unit.startsWith('市场');
}
