/**
 * The downloads on /data/ (docs/compare.md): one row per commitment, per list item and per tagged task,
 * each with region, document, status, the URL of its anchor and its source sentence. The row schemas
 * give the JSON Schema files; the same rows give the CSV files.
 */
import { z } from 'astro/zod';
import { documentUrl, itemUrl } from '../urls.ts';
import { COMPARATORS, LIFECYCLE_STATUSES } from '../../model/vocab.ts';
import { pendingEntries } from './pending.ts';
import { metricViews, taggedItems, taggedTasks, type CompareData } from './views.ts';

const STATUS = z
  .enum(LIFECYCLE_STATUSES)
  .describe(
    "The document's status on the date the site was built (docs/lifecycle.md): 现行有效 and 试行 are in force; 征求意见稿, 送审稿 and 草案 are drafts; 尚未施行, 已修订, 已被取代, 已废止 and 已失效 say what became of it",
  );
const STATUS_SINCE = z
  .string()
  .regex(/^(?:\d{4}-\d{2}-\d{2}|未注明)$/u)
  .describe('The day the status took effect (YYYY-MM-DD), or 未注明 when the sources do not say');
const where = {
  region: z.string().describe('The region, e.g. 保山市'),
  regionCode: z
    .string()
    .regex(/^\d{6}$/u)
    .describe('GB/T 2260 code of the region'),
  document: z.string().describe('The slug of the document, as in its URL'),
  documentTitle: z.string().describe('The document title, verbatim'),
  status: STATUS,
  statusSince: STATUS_SINCE,
};
const common = {
  ...where,
  url: z
    .string()
    .startsWith('/')
    .describe('Path on this site of the exact place (page#anchor); prefix the site address'),
  sentence: z
    .string()
    .describe(
      "The source text, verbatim: the commitment's sentence, the item's 服务内容及标准, or the task's first sentence (empty when the source lacks the task)",
    ),
};

const commitmentRowSchema = z.strictObject({
  ...common,
  metric: z.string().describe('Metric id; rows with the same metric measure the same thing'),
  metricName: z.string().describe('What the metric measures (our wording)'),
  comparator: z.enum(COMPARATORS).describe('≥ at least, ≤ at most, = exactly or reach'),
  value: z.number().describe('The number, in unit'),
  upTo: z.number().nullable().describe('Upper end when the text gives a range, else null'),
  unit: z.string().describe('Unit of value and upTo'),
  quantity: z.string().describe('The phrase that carries the number, verbatim'),
  deadline: z.string().nullable().describe('The phrase that sets the date, verbatim, or null when the text sets none'),
  deadlineYear: z.number().int().nullable().describe('The year of the deadline, or null'),
  scope: z.string().describe("Whom or what it covers, close to the text's words (our summary, not a quotation)"),
  anchor: z.string().describe('Anchor of the section or task'),
});

const itemRowSchema = z.strictObject({
  ...common,
  list: z.string().describe('The slug of the service list'),
  number: z.number().int().describe("The item's number in the list (序号)"),
  name: z.string().describe('服务项目, verbatim'),
  serviceKind: z.string().describe('Canonical service kind id'),
  serviceKindName: z.string().describe('Canonical service kind name'),
  type: z
    .string()
    .describe(
      '服务类型 as the list prints it (物质帮助 / 照护服务 / 关爱服务, or a local type such as 健康服务; 未注明 when the list gives none)',
    ),
  tier: z.string().describe('普惠 or 保障; 未注明 when the list states no tiers'),
  target: z.string().describe('服务对象, verbatim'),
  lead: z.string().describe('牵头责任部门, verbatim'),
  amounts: z.string().describe('Amounts as the text states them, verbatim, joined by ；'),
  ages: z.string().describe('Age thresholds as the text states them, verbatim, joined by ；'),
});

const topicRowSchema = z.strictObject({
  ...common,
  topic: z.string().describe('Topic id'),
  topicName: z.string().describe('Topic name'),
  kind: z.enum(['task', 'item']).describe('A task of a document or an item of a service list'),
  number: z.string().describe('The task number as printed (5.) or the item number'),
  title: z.string().describe('The task heading or item name, verbatim'),
  presence: z.enum(['present', 'truncated', 'missing']).describe('missing: the source has only the heading (原文缺失)'),
});

export const pendingRowSchema = z.strictObject({
  ...where,
  kind: z.enum(['document', 'list']).describe('A policy document or a service list'),
  list: z.string().describe('The slug of the service list, as in its URL (empty for a document)'),
  title: z.string().describe('The document or list title, verbatim'),
  url: z.string().startsWith('/').describe('Path on this site of its verbatim text; prefix the site address'),
});

export type CommitmentRow = z.output<typeof commitmentRowSchema>;
export type ItemRow = z.output<typeof itemRowSchema>;
export type TopicRow = z.output<typeof topicRowSchema>;
export type PendingRow = z.output<typeof pendingRowSchema>;

function lookups(data: CompareData) {
  const region = new Map(data.regions.map((r) => [r.id, r]));
  const document = new Map(data.documents.map((d) => [d.id, d]));
  const where = (documentId: string) => {
    const d = document.get(documentId)!;
    const r = region.get(d.region)!;
    return {
      region: r.name,
      regionCode: r.code,
      document: d.id,
      documentTitle: d.title,
      status: d.status,
      statusSince: d.statusSince,
    };
  };
  return { where };
}

function commitmentRows(data: CompareData): CommitmentRow[] {
  const { where } = lookups(data);
  return metricViews(data).flatMap((v) =>
    v.rows.map(({ document, commitment: c }) => ({
      ...where(document.id),
      url: documentUrl(document.id, c.anchor),
      sentence: c.sentence,
      metric: v.metric.id,
      metricName: v.metric.name,
      comparator: c.comparator,
      value: c.value,
      upTo: c.upTo ?? null,
      unit: v.metric.unit,
      quantity: c.quantity,
      deadline: c.deadline?.text ?? null,
      deadlineYear: c.deadline?.year ?? null,
      scope: c.scope,
      anchor: c.anchor,
    })),
  );
}

function itemRows(data: CompareData): ItemRow[] {
  const { where } = lookups(data);
  const kind = new Map(data.serviceKinds.map((k) => [k.id, k]));
  return taggedItems(data).map(({ list, item, service }) => ({
    ...where(list.document),
    url: itemUrl(list.id, item.number),
    sentence: item.content,
    list: list.id,
    number: item.number,
    name: item.name,
    serviceKind: service ?? '',
    serviceKindName: (service && kind.get(service)?.name) ?? '',
    type: item.type,
    tier: item.tier,
    target: item.target,
    lead: item.leadText,
    amounts: item.amounts.map((a) => a.text).join('；'),
    ages: item.ages.map((a) => a.text).join('；'),
  }));
}

/** The topic matrix: one row per (topic, task) and (topic, item), in topic order. */
function topicRows(data: CompareData): TopicRow[] {
  const { where } = lookups(data);
  const tasks = taggedTasks(data);
  const items = taggedItems(data);
  return data.topics.flatMap((topic) => [
    ...tasks
      .filter((t) => t.topics.includes(topic.id))
      .map((t) => ({
        ...where(t.document.id),
        url: documentUrl(t.document.id, t.anchor),
        sentence: t.opening,
        topic: topic.id,
        topicName: topic.name,
        kind: 'task' as const,
        number: t.number,
        title: t.title,
        presence: t.presence,
      })),
    ...items
      .filter((i) => i.topics.includes(topic.id))
      .map((i) => ({
        ...where(i.list.document),
        url: itemUrl(i.list.id, i.item.number),
        sentence: i.item.content,
        topic: topic.id,
        topicName: topic.name,
        kind: 'item' as const,
        number: String(i.item.number),
        title: i.item.name,
        presence: 'present' as const,
      })),
  ]);
}

/** Documents and lists published before their review (尚待整理): the other downloads leave them out. */
export function pendingRows(data: CompareData): PendingRow[] {
  const title = new Map([...data.documents, ...data.pending.documents].map((d) => [d.id, d.title]));
  return pendingEntries(data).map((e) => ({
    region: e.region.name,
    regionCode: e.region.code,
    document: e.document,
    documentTitle: title.get(e.document)!,
    status: e.status,
    statusSince: e.statusSince,
    kind: e.kind,
    list: e.kind === 'list' ? e.id : '',
    title: e.title,
    url: e.url,
  }));
}

/** The downloads, by file stem: /data/<stem>.csv, .json and .schema.json. */
export const DOWNLOADS = {
  commitments: { title: '量化承诺', schema: commitmentRowSchema, rows: commitmentRows },
  items: { title: '服务清单条目', schema: itemRowSchema, rows: itemRows },
  topics: { title: '专题矩阵（任务和清单条目的专题标注）', schema: topicRowSchema, rows: topicRows },
  pending: { title: '尚待整理的文件和清单（不在以上数据中）', schema: pendingRowSchema, rows: pendingRows },
} as const;
export type DownloadStem = keyof typeof DOWNLOADS;
