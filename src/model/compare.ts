/**
 * The comparison layer of the content model (docs/compare.md): a taxonomy of topics and service kinds,
 * tags on every task and list item, and quantified commitments with their metrics. All of it lives in
 * content/compare/ and is reviewed data; nothing is guessed at render time.
 */
import { z } from 'astro/zod';
import { COMPARATORS, DISMISSAL_REASONS, SERVICE_TYPES } from './vocab.ts';
import { slug } from './common.ts';

export const topicSchema = z.strictObject({
  /** The topic's URL segment, e.g. nengli-pinggu (/compare/topics/nengli-pinggu/). */
  id: slug,
  /** The topic's name as the pages show it, e.g. 能力评估. */
  name: z.string().min(2),
  /** One or two sentences in our own words on what the topic covers. */
  summary: z.string().min(4),
  /** Words that make the tagging script propose this topic for a task (scripts/propose-tags.ts). */
  keywords: z.array(z.string().min(2)).min(1),
});

export const serviceKindSchema = z.strictObject({
  /** The kind's id, e.g. gaoling-jintie. */
  id: slug,
  /** The canonical name, e.g. 高龄津贴. */
  name: z.string().min(2),
  /** 物质帮助 / 照护服务 / 关爱服务. */
  type: z.enum(SERVICE_TYPES),
  /** What regions call it (尊老金, 长寿补贴 …), the canonical name included; the tagging script matches these. */
  localNames: z.array(z.string().min(2)).min(1),
  /** One sentence in our own words. */
  summary: z.string().min(4),
});

export const metricSchema = z.strictObject({
  /** The metric's id, e.g. lottery-fund-share; also its anchor on /compare/commitments/. */
  id: slug,
  /** What is measured, in our words, e.g. 彩票公益金用于养老服务的比例. */
  name: z.string().min(2),
  /** The unit every commitment of this metric uses, e.g. %, 户, 平方米/百户, 所/县. */
  unit: z.string().min(1),
  /** The topic it belongs to. */
  topic: slug,
  /** A note for readers where wordings differ between regions (our words), if needed. */
  note: z.string().optional(),
});

export const documentTagsSchema = z.strictObject({
  /** The document whose tasks these are. */
  document: slug,
  /** One entry per task (and per section that has text but no numbered tasks), in the document's order. */
  units: z.array(
    z.strictObject({
      /** The task's anchor. */
      anchor: slug,
      /** Its topics, most specific first. */
      topics: z.array(slug).min(1, { error: 'tag the task with at least one topic' }),
      /** Service kinds the task's text names, if any. */
      services: z.array(slug).default([]),
      /** Written by scripts/propose-tags.ts and not yet reviewed: review the topics, then delete this line. */
      proposed: z.literal(true).optional(),
    }),
  ),
});

export const listTagsSchema = z.strictObject({
  /** The service list whose items these are. */
  list: slug,
  /** One entry per item, in the list's order. */
  items: z.array(
    z.strictObject({
      /** The item's number (序号). */
      number: z.number().int().positive(),
      /** Its canonical service kind. */
      service: slug,
      /** Topics it belongs to, if any. */
      topics: z.array(slug).default([]),
      /** Written by scripts/propose-tags.ts and not yet reviewed: review, then delete this line. */
      proposed: z.literal(true).optional(),
    }),
  ),
});

const deadlineSchema = z.strictObject({
  /** The phrase that sets it, verbatim (到2025年底, 2024年6月底前, “十四五”期间). */
  text: z.string().min(2),
  /** The year it falls in. */
  year: z.number().int().min(2000).max(2100),
  /** The month, when the text names one. */
  month: z.number().int().min(1).max(12).optional(),
});

const commitmentSchema = z.strictObject({
  /** The metric it states a value for. */
  metric: slug,
  /** The anchor of the section or task the sentence stands in. */
  anchor: slug,
  /** The whole sentence, verbatim. */
  sentence: z.string().min(4),
  /** The phrase that carries the number, verbatim and inside the sentence (55%以上, 全覆盖). */
  quantity: z.string().min(1),
  /** ≥ (at least), ≤ (at most) or = (exactly / reach). */
  comparator: z.enum(COMPARATORS),
  /** The number, in the metric's unit (全覆盖 = 100 %). */
  value: z.number().nonnegative(),
  /** The upper end when the text gives a range (5至10年). */
  upTo: z.number().nonnegative().optional(),
  /** By when; omitted when the text sets no date (shown as 未注明). */
  deadline: deadlineSchema.optional(),
  /** Whom or what it covers, close to the text's words, shortened where needed (新建居住区, 特殊困难老年人 …); shown as ours, not as source text. */
  scope: z.string().min(2),
});

export const documentCommitmentsSchema = z.strictObject({
  /** The document these sentences are from. */
  document: slug,
  /** Its quantified commitments. */
  commitments: z.array(commitmentSchema),
  /**
   * Sentences the proposer flags that are not quantified commitments, each with why: condition (an
   * eligibility condition such as an age), deadline-only (an action with a date but nothing to count),
   * goal-without-number (an overall aim with a date but nothing to count), description (a number that
   * describes, e.g. 4类村庄). Dated ones are still listed on the commitments page.
   */
  dismissed: z.array(
    z.strictObject({
      /** The anchor of the sentence. */
      anchor: slug,
      /** The sentence, verbatim. */
      sentence: z.string().min(4),
      /** Why it is not a commitment. */
      reason: z.enum(DISMISSAL_REASONS),
      /** The date it sets, if any (listed on the commitments page as a goal without a number). */
      deadline: deadlineSchema.optional(),
    }),
  ),
});

export type Topic = z.output<typeof topicSchema>;
export type ServiceKind = z.output<typeof serviceKindSchema>;
export type Metric = z.output<typeof metricSchema>;
export type DocumentTags = z.output<typeof documentTagsSchema>;
export type ListTags = z.output<typeof listTagsSchema>;
export type Commitment = z.output<typeof commitmentSchema>;
export type DocumentCommitments = z.output<typeof documentCommitmentsSchema>;
