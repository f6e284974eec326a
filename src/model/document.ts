/** The documents collection (content/documents/<slug>.mdx): metadata in front matter, verbatim text in the body. */
import { z } from 'astro/zod';
import { dateOrUnstated, isoDate, sha256Hex, slug, sourceFileName, sourceReading, textOrUnstated } from './common.ts';
import { DOCUMENT_STATUSES, DROP_REASONS, PRESENCES } from './vocab.ts';

const responsibilitySchema = z.strictObject({
  /** 牵头单位, verbatim. */
  lead: z.array(z.string()),
  /** 责任单位, or units 按职责分工负责, verbatim. */
  responsible: z.array(z.string()),
  /** Units that 具体落实, verbatim. */
  implementing: z.array(z.string()),
  /** 配合单位, or units that 配合 / 参与 / 协助, verbatim; absent when the text names none. */
  supporting: z.array(z.string()).optional(),
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
  /** Depth in the document's numbering: 1 = its outermost kind (一、 or 第一章), then （一）, 1. or 第一条 …; appendices are level 1. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The number as printed ("二、", "（一）", "1.", "第三条"), or the appendix label ("附件2"). */
  number: z.string(),
  /** The heading text without its final 。, verbatim (from the document's own outline if the text lacks it). */
  title: z.string(),
  /** section: a heading over other parts; task: a numbered item with its own text; appendix: 附件. */
  kind: z.enum(['section', 'task', 'appendix']),
  /** present, truncated (the text breaks off inside it) or missing (only the outline names it). */
  presence: z.enum(PRESENCES),
  /** Who is responsible, as the task's closing bracket says. */
  responsibility: responsibilitySchema.optional(),
});

const droppedLineSchema = z.strictObject({
  /** Line number in the raw source. */
  line: z.number().int().positive(),
  /** Why it is not part of the document. */
  reason: z.enum(DROP_REASONS),
  /** The removed text, verbatim. */
  text: z.string(),
});

const completenessSchema = z.strictObject({
  /** What kind of gap: the text breaks off, an attachment is missing, a fact is not stated, … */
  kind: z.enum(['text-truncated', 'attachment-missing', 'metadata-unstated', 'draft']),
  /** The gap in plain words, shown on the page (our words, not the source's). */
  note: z.string().min(1),
  /** The anchor the gap concerns, if any. */
  anchor: slug.optional(),
});

/** Where the editor read a fact the document's own text does not state (sources.yaml), e.g. the portal page of the text. */
const statedFrom = z.string().min(1);

/**
 * When it takes effect: the date (未注明 when 自印发之日起 and no date is printed) and the clause that says so,
 * verbatim — from the text or its portal, or stated by the editor (`from`: where the clause is printed).
 */
export const effectiveSchema = z.strictObject({
  date: dateOrUnstated,
  clause: z.string().min(1),
  from: statedFrom.optional(),
});

/**
 * How long it is valid (有效期N年 / 有效期至…), with the clause, verbatim — from the text or its portal, or stated
 * by the editor (`from`: where the clause is printed).
 */
export const validitySchema = z.strictObject({
  until: isoDate.optional(),
  years: z.number().int().positive().optional(),
  clause: z.string().min(1),
  from: statedFrom.optional(),
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
    /** The status as published: 征求意见稿 / 送审稿 / 草案 (drafts), 试行 or 现行有效; the page shows what became of it since (docs/lifecycle.md). */
    status: z.enum(DOCUMENT_STATUSES),
    /** The status line as printed under the title, e.g. （送审稿）. */
    statusLine: z.string().optional(),
    /** A date line printed under the title, e.g. (2025年7月11日). */
    dateLine: z.string().optional(),
    /** The title of the 印发通知 the document is published in, verbatim; its number and date are the document's. */
    noticeTitle: z.string().optional(),
    /** 发文机关标志 as printed in the 版头, e.g. 某市人民政府办公室文件. */
    issuerMark: z.string().optional(),
    /** 签发人 as printed in the 版头. */
    signer: z.string().optional(),
    /** 主送机关 as printed, without the final colon. */
    addressees: z.string().optional(),
    /** 附件说明: the attachments the text lists after its body, each line verbatim. */
    attachments: z.array(z.string()).optional(),
    /** 附注 as printed, e.g. （此件公开发布）. */
    annotations: z.array(z.string()).optional(),
    /** 印发机关 of the 版记, as printed. */
    printedBy: z.string().optional(),
    /** 印发日期 of the 版记. */
    datePrinted: isoDate.optional(),
    /** 抄送 of the 版记, verbatim. */
    copiedTo: z.string().optional(),
    /** 索引号 as the portal prints it. */
    indexNumber: z.string().optional(),
    /** 主题分类 as the portal prints it. */
    topicCategory: z.string().optional(),
    /** 有效性 as the portal prints it (有效 / 失效 / 废止 …), verbatim. */
    validityStatus: z.string().optional(),
    /** When it takes effect (生效日期), with the clause; `from` when the editor stated it (docs/lifecycle.md). */
    effective: effectiveSchema.optional(),
    /** How long it is valid (有效期至), with the clause; `from` when the editor stated it (docs/lifecycle.md). */
    validity: validitySchema.optional(),
    /** Documents it repeals (原《…》（…号）同时废止), each with its number or 未注明. */
    repeals: z.array(z.strictObject({ title: z.string().min(1), number: textOrUnstated })).optional(),
    /** Who interprets it (由…负责解释), verbatim. */
    interpreter: z.string().optional(),
    /** Higher-level documents it implements, as its text cites them. */
    implements: z.array(
      z.strictObject({
        /** The cited title, verbatim, without 《》. */
        title: z.string(),
        /** The cited document number, e.g. 中办发〔2022〕42号, or 未注明. */
        number: textOrUnstated,
      }),
    ),
    /** Years the text sets targets for (到2025年, 2023年底前 …). */
    targetYears: z.array(z.number().int().min(1949).max(2100)),
    /** What the source lacks, in plain words. */
    completeness: z.array(completenessSchema),
    /** Where the text comes from. */
    provenance: z.strictObject({
      /** The raw file under content/sources/, name kept as received. */
      source: sourceFileName,
      /** SHA-256 of the raw file, hex. */
      sha256: sha256Hex,
      ...sourceReading,
      /** Lines removed as non-content, with the reason. */
      dropped: z.array(droppedLineSchema),
    }),
    /** Every numbered part, task and appendix in order: the table of contents and the anchors. */
    outline: z.array(outlineEntrySchema),
  });
}

export type DocumentData = z.output<ReturnType<typeof documentSchema<typeof slug>>>;
export type OutlineEntry = z.output<typeof outlineEntrySchema>;
