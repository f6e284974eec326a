/**
 * The plain-language layer of list items (content/plain/<list>.yaml): who, what, how much, in our words.
 * `numbersNotInSource` guards meaning: a plain text may not state a number the item's own cells do not.
 */
import { z } from 'astro/zod';
import { asciiDigits } from '../text.ts';
import { slug } from '../../model/schemas.ts';

export const plainListSchema = z.strictObject({
  /** The service list. */
  list: slug,
  items: z.array(z.strictObject({
    /** The item's number (序号). */
    number: z.number().int().positive(),
    /** Who can get it, in plain words. */
    who: z.string().min(4),
    /** What one gets, in plain words. */
    what: z.string().min(2),
    /** How much, in plain words, when the list says (or says that it does not). */
    amount: z.string().min(2).optional(),
  })),
});
export type PlainList = z.output<typeof plainListSchema>;

const NUMBER = /\d+(?:\.\d+)?/gu;

/** Numbers in the plain text that the source text does not contain (an empty list when faithful). */
export function numbersNotInSource(plain: string, source: string): string[] {
  const known = new Set(asciiDigits(source).match(NUMBER) ?? []);
  return (asciiDigits(plain).match(NUMBER) ?? []).filter((n) => !known.has(n));
}
