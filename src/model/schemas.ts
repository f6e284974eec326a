/**
 * The content model. content.config.ts builds its collections from these schemas (with Astro's
 * `reference()`), and scripts/check-content.ts uses the same ones to give friendly errors before a build.
 */
import { z } from 'astro/zod';
import { AMOUNT_KINDS, AMOUNT_QUALIFIERS, AMOUNT_UNITS } from '../lib/amounts.ts';
import { SERVICE_TYPES, TIERS } from '../../scripts/ingest/service-table.ts';
import { SLUG } from '../lib/slug.ts';

/** What the site shows where a source does not state a fact. */
export const UNSTATED = '未注明';

/** A calendar date written as "YYYY-MM-DD" in quotes (so YAML does not turn it into a timestamp). */
export const isoDate = z
  .string({ error: 'expected a date in quotes, e.g. "2023-04-11", or "未注明"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as "YYYY-MM-DD", e.g. "2023-04-11"' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, { error: 'this day does not exist in the calendar — check the date against the source' });

/** A date, or 未注明 when the source does not give it. */
export const dateOrUnstated = z.union([isoDate, z.literal(UNSTATED)], {
  error: 'expected "YYYY-MM-DD" in quotes, or "未注明" when the source gives no date',
});

/** Text that the source states, or 未注明. */
export const textOrUnstated = z.string().min(1, { error: 'write the value, or "未注明" if the source does not state it' });

export const slug = z.string().regex(SLUG, { error: 'use lower-case ASCII letters, digits and single hyphens, e.g. "taizhou-zhejiang"' });

export const REGION_LEVELS = ['province', 'prefecture', 'county'] as const;
export const DOCUMENT_STATUSES = ['issued', '送审稿', '征求意见稿'] as const;

/** `ref` is Astro's reference() inside the build, a plain slug checker elsewhere. */
export function regionSchema<R extends z.ZodType>(regionRef: R) {
  return z.strictObject({
    /** The slug: the region's URL segment, lower-case pinyin, unique (see docs/urls.md). */
    slug,
    /** The official Chinese name, e.g. 保山市. */
    name: z.string().min(2),
    /** province (省级), prefecture (地级) or county (县级, incl. county-level cities such as 大冶市). */
    level: z.enum(REGION_LEVELS),
    /** The GB/T 2260 administrative division code, six digits as a quoted string. */
    code: z.string().regex(/^\d{6}$/, { error: 'write the six-digit GB/T 2260 code in quotes, e.g. "530500"' }),
    /** The region directly above (for 大冶市, 黄石市, which administers it); omitted for a province. */
    parent: regionRef.optional(),
    /** The province-level region it belongs to (a province names itself). */
    province: regionRef,
  });
}

export const responsibilitySchema = z.strictObject({
  /** 牵头单位, verbatim. */
  lead: z.array(z.string()),
  /** 责任单位, or units 按职责分工负责, verbatim. */
  responsible: z.array(z.string()),
  /** Units that 具体落实, verbatim. */
  implementing: z.array(z.string()),
  /** True when the source's list ends in 等. */
  andOthers: z.boolean(),
  /** Clauses of the bracket that name no unit, verbatim. */
  notes: z.array(z.string()),
  /** The whole bracket as in the source. */
  raw: z.string(),
});

export const outlineEntrySchema = z.strictObject({
  /** The stable anchor of this part of the page (docs/urls.md). */
  anchor: slug,
  /** 1 = 一、, 2 = （一）, 3 = 1.; appendices are level 1. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** The number as printed ("二、", "（一）", "1."), or the appendix label ("附件2"). */
  number: z.string(),
  /** The heading text without its final 。, verbatim (from the document's own outline if the text lacks it). */
  title: z.string(),
  /** section: a heading over other parts; task: a numbered item with its own text; appendix: 附件. */
  kind: z.enum(['section', 'task', 'appendix']),
  /** present, truncated (the text breaks off inside it) or missing (only the outline names it). */
  presence: z.enum(['present', 'truncated', 'missing']),
  /** Who is responsible, as the task's closing bracket says. */
  responsibility: responsibilitySchema.optional(),
});

export const droppedLineSchema = z.strictObject({
  /** Line number in the raw source. */
  line: z.number().int().positive(),
  /** Why it is not part of the document. */
  reason: z.enum(['portal-site-title', 'image-placeholder', 'breadcrumb', 'portal-metadata', 'separator', 'related-links', 'portal-footer', 'word-artefact']),
  /** The removed text, verbatim. */
  text: z.string(),
});

export const completenessSchema = z.strictObject({
  /** What kind of gap: the text breaks off, an attachment is missing, a fact is not stated, … */
  kind: z.enum(['text-truncated', 'attachment-missing', 'metadata-unstated', 'draft']),
  /** The gap in plain words, shown on the page (our words, not the source's). */
  note: z.string().min(1),
  /** The anchor the gap concerns, if any. */
  anchor: slug.optional(),
});

export function documentSchema<R extends z.ZodType>(regionRef: R) {
  return z.strictObject({
    /** The document's title, verbatim (title lines joined). */
    title: z.string().min(2),
    /** The region whose document this is. */
    region: regionRef,
    /** Who issued it, as the source states, or 未注明. */
    issuer: textOrUnstated,
    /** The document number (文号), e.g. 保政办发〔2023〕12号, or 未注明. */
    documentNumber: textOrUnstated,
    /** The date it was signed or adopted, or 未注明. */
    dateSigned: dateOrUnstated,
    /** The date it was published, or 未注明. */
    datePublished: dateOrUnstated,
    /** issued, or a draft: 送审稿 (for review) / 征求意见稿 (for comments). */
    status: z.enum(DOCUMENT_STATUSES),
    /** The status line as printed under the title, e.g. （送审稿）. */
    statusLine: z.string().optional(),
    /** A date line printed under the title, e.g. (2025年7月11日). */
    dateLine: z.string().optional(),
    /** Higher-level documents it implements, as its text cites them. */
    implements: z.array(z.strictObject({
      /** The cited title, verbatim, without 《》. */
      title: z.string(),
      /** The cited document number, e.g. 中办发〔2022〕42号, or 未注明. */
      number: textOrUnstated,
    })),
    /** Years the text sets targets for (到2025年, 2023年底前 …). */
    targetYears: z.array(z.number().int().min(1949).max(2100)),
    /** What the source lacks, in plain words. */
    completeness: z.array(completenessSchema),
    /** Where the text comes from. */
    provenance: z.strictObject({
      /** The raw file under content/sources/, name kept as received. */
      source: z.string().regex(/^[\w.-]+\.txt$/),
      /** SHA-256 of the raw file, hex. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** Lines removed as non-content, with the reason. */
      dropped: z.array(droppedLineSchema),
    }),
    /** Every numbered part, task and appendix in order: the table of contents and the anchors. */
    outline: z.array(outlineEntrySchema),
  });
}

export const amountSchema = z.strictObject({
  /** money, share (% of a base), multiple (× a base), count (times per period), free, half-price. */
  kind: z.enum(AMOUNT_KINDS),
  /** The number (a share in percent, a multiple as a factor). */
  value: z.number().nonnegative(),
  /** Unit, e.g. 元/月/人, %, 倍, 次/年. */
  unit: z.enum(AMOUNT_UNITS),
  /** 不低于 (at least), 不高于 (at most) …, or '' when stated plainly. */
  qualifier: z.enum(AMOUNT_QUALIFIERS),
  /** What a share or multiple is of, verbatim (当地低保标准). */
  base: z.string().optional(),
  /** The phrase it was read from, verbatim. */
  text: z.string().min(1),
});

export const ageSchema = z.strictObject({
  /** The age in years. */
  value: z.number().int().min(0).max(130),
  /** min: at least (以上 includes the age); max: at most. */
  bound: z.enum(['min', 'max']),
  /** The phrase it was read from, verbatim. */
  text: z.string().min(1),
});

export const serviceItemSchema = z.strictObject({
  /** The item's number in the list (序号). */
  number: z.number().int().positive(),
  /** 服务项目, verbatim. */
  name: z.string().min(1),
  /** 服务内容及标准, verbatim. */
  content: z.string().min(1),
  /** 服务对象, verbatim. */
  target: z.string().min(1),
  /** 服务类型. */
  type: z.enum(SERVICE_TYPES),
  /** 普惠 or 保障, as the list's tier ranges give it. */
  tier: z.enum(TIERS),
  /** 牵头责任部门, verbatim as the cell reads. */
  leadText: z.string().min(1),
  /** The lead departments, one per entry. */
  leadDepartments: z.array(z.string().min(1)).min(1),
  /** Amounts stated in 服务内容及标准. */
  amounts: z.array(amountSchema),
  /** Age thresholds stated in 服务对象 or 服务内容及标准. */
  ages: z.array(ageSchema),
  /** Lines of the raw source the row comes from. */
  sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

export function serviceListSchema<R extends z.ZodType, D extends z.ZodType>(regionRef: R, documentRef: D) {
  return z.strictObject({
    /** The list's URL segment (docs/urls.md). */
    slug,
    /** The list's title, verbatim. */
    title: z.string().min(2),
    /** The region it applies to. */
    region: regionRef,
    /** The document it is attached to. */
    document: documentRef,
    /** The attachment label in that document (附件2), verbatim. */
    appendixLabel: z.string(),
    /** The anchor of that attachment on the document page. */
    appendixAnchor: slug,
    /** Tiers as the list defines them, with their item ranges. */
    tiers: z.array(z.strictObject({
      /** 普惠 or 保障. */
      tier: z.enum(TIERS),
      /** First item number. */
      from: z.number().int().positive(),
      /** Last item number. */
      to: z.number().int().positive(),
      /** The range as the list's note words it, verbatim. */
      text: z.string(),
      /** The caption over the tier's rows in the table, verbatim, if any. */
      caption: z.string().optional(),
    })),
    /** The table's column headings, verbatim. */
    columns: z.array(z.string()),
    /** Notes of the list (备注 …), verbatim. */
    notes: z.array(z.string()),
    /** How many items the list has by its own account. */
    declaredItemCount: z.number().int().nonnegative(),
    /** True when the source lacks the list's items (e.g. an attachment that was not published with the text). */
    itemsMissing: z.boolean(),
    /** The items, in order; empty when itemsMissing. */
    items: z.array(serviceItemSchema),
    /** Where the list comes from. */
    provenance: z.strictObject({
      /** The raw file under content/sources/. */
      source: z.string().regex(/^[\w.-]+\.txt$/),
      /** SHA-256 of the raw file, hex. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  });
}
