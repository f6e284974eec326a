/** The lists collection (content/lists/<slug>.yaml): a service list with its items, as typed data. */
import { z } from 'astro/zod';
import { sha256Hex, slug, sourceFileName, sourceReading } from './common.ts';
import { AMOUNT_KINDS, AMOUNT_QUALIFIERS, AMOUNT_UNITS, ITEM_TIERS, TIERS } from './vocab.ts';

const amountSchema = z.strictObject({
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

const ageSchema = z.strictObject({
  /** The age in years. */
  value: z.number().int().min(0).max(130),
  /** min: at least (以上 includes the age); max: at most. */
  bound: z.enum(['min', 'max']),
  /** The phrase it was read from, verbatim. */
  text: z.string().min(1),
});

const serviceItemSchema = z.strictObject({
  /** The item's number in the list (序号). */
  number: z.number().int().positive(),
  /** 服务项目, verbatim. */
  name: z.string().min(1),
  /** 服务内容及标准, verbatim. */
  content: z.string().min(1),
  /** 服务对象, verbatim. */
  target: z.string().min(1),
  /**
   * 服务类型 as the list prints it: the item's own cell, verbatim, or the group row it stands under (一、物质帮助 →
   * 物质帮助; 二、健康服务 → 健康服务); 未注明 when neither gives one.
   */
  type: z.string().min(1),
  /** 普惠 or 保障, as the list's tier ranges or captions give it; 未注明 when the list states no tiers (then tiers is empty). */
  tier: z.enum(ITEM_TIERS),
  /** 牵头责任部门, verbatim as the cell reads. */
  leadText: z.string().min(1),
  /** The lead departments, one per entry. */
  leadDepartments: z.array(z.string().min(1)).min(1),
  /** Amounts stated in 服务内容及标准. */
  amounts: z.array(amountSchema),
  /** Age thresholds stated in 服务对象 or 服务内容及标准. */
  ages: z.array(ageSchema),
  /** Cells of columns the model has no field for (支出责任, 备注 …), verbatim, with their column's heading. */
  otherCells: z.array(z.strictObject({ column: z.string().min(1), text: z.string().min(1) })).optional(),
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
    tiers: z.array(
      z.strictObject({
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
      }),
    ),
    /**
     * Group rows inside the table that are not tier captions (一、物质帮助, 二、健康服务), verbatim, each with the
     * items under it; absent when the table has none.
     */
    groups: z
      .array(
        z.strictObject({
          /** The group row, verbatim. */
          caption: z.string().min(1),
          /** First item number under it. */
          from: z.number().int().positive(),
          /** Last item number under it. */
          to: z.number().int().positive(),
        }),
      )
      .optional(),
    /**
     * The table's column headings, verbatim. A heading that spans several columns is joined to the heading of each
     * column under it with · (支出责任·市级, 支出责任·县级).
     */
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
      source: sourceFileName,
      /** SHA-256 of the raw file, hex. */
      sha256: sha256Hex,
      ...sourceReading,
    }),
  });
}

export type ListData = z.output<ReturnType<typeof serviceListSchema<typeof slug, typeof slug>>>;
export type ServiceItem = z.output<typeof serviceItemSchema>;
