/**
 * Structured eligibility of list items (content/eligibility/<list>.yaml, docs/finder.md): a rule tree per
 * item, written from the item's 服务对象 and reviewed. Where the source is vague the rule says so
 * (`consult`, or `whenNotMet: consult`), and the finder answers “需要咨询” — never a guess.
 */
import { z } from 'astro/zod';
import { slug } from './common.ts';
import { CARE, ECONOMIC, FAMILY, GRANTS, HOME, MILITARY } from './vocab.ts';

const note = z
  .string()
  .min(2)
  .optional()
  .describe('Why the source leaves this open, in plain words (shown to the visitor)');
/** A leaf may say that when it is not met the source is too vague to say no (e.g. 高龄 without an age). */
const leaf = { whenNotMet: z.literal('consult').optional(), note };
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.strictObject({
    /** Answers that meet the condition. */
    values: z.array(z.enum(values)).min(1),
    /** Answers for which the source is unclear (→ 需要咨询). */
    unclear: z.array(z.enum(values)).default([]),
  });

export type Rule =
  | { age: { min?: number; max?: number }; whenNotMet?: 'consult'; note?: string }
  | { hukou: 'local'; whenNotMet?: 'consult'; note?: string }
  | {
      home: { values: Array<(typeof HOME)[number]>; unclear: Array<(typeof HOME)[number]> };
      whenNotMet?: 'consult';
      note?: string;
    }
  | {
      economic: { values: Array<(typeof ECONOMIC)[number]>; unclear: Array<(typeof ECONOMIC)[number]> };
      whenNotMet?: 'consult';
      note?: string;
    }
  | {
      care: { values: Array<(typeof CARE)[number]>; unclear: Array<(typeof CARE)[number]> };
      whenNotMet?: 'consult';
      note?: string;
    }
  | { disability: number[]; whenNotMet?: 'consult'; note?: string }
  | { family: Array<(typeof FAMILY)[number]>; whenNotMet?: 'consult'; note?: string }
  | {
      military: { values: Array<(typeof MILITARY)[number]>; unclear: Array<(typeof MILITARY)[number]> };
      whenNotMet?: 'consult';
      note?: string;
    }
  | { consult: string }
  | { all: Rule[] }
  | { any: Rule[] };

export const ruleSchema: z.ZodType<Rule> = z.lazy(
  () =>
    z.union([
      z.strictObject({
        age: z.strictObject({
          min: z.number().int().min(0).max(130).optional(),
          max: z.number().int().min(0).max(130).optional(),
        }),
        ...leaf,
      }),
      z.strictObject({ hukou: z.literal('local'), ...leaf }),
      z.strictObject({ home: choice(HOME), ...leaf }),
      z.strictObject({ economic: choice(ECONOMIC), ...leaf }),
      z.strictObject({ care: choice(CARE), ...leaf }),
      z.strictObject({ disability: z.array(z.number().int().min(1).max(4)).min(1), ...leaf }),
      z.strictObject({ family: z.array(z.enum(FAMILY)).min(1), ...leaf }),
      z.strictObject({ military: choice(MILITARY), ...leaf }),
      z.strictObject({ consult: z.string().min(2) }),
      z.strictObject({ all: z.array(ruleSchema).min(1) }),
      z.strictObject({ any: z.array(ruleSchema).min(1) }),
    ]) as z.ZodType<Rule>,
);

export const listEligibilitySchema = z.strictObject({
  /** The service list these items belong to. */
  list: slug,
  items: z.array(
    z.strictObject({
      /** The item's number (序号). */
      number: z.number().int().positive(),
      /** automatic: 免申即享 / 主动发放; apply: must be applied for; unstated: the source does not say. */
      grant: z.enum(GRANTS),
      /** Who qualifies, as a rule tree (docs/finder.md). */
      rule: ruleSchema,
    }),
  ),
});
