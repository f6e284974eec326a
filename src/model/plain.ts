/** The plain-language layer of list items (content/plain/<list>.yaml): who, what, how much, in our words. */
import { z } from 'astro/zod';
import { slug } from './common.ts';

export const plainListSchema = z.strictObject({
  /** The service list. */
  list: slug,
  items: z.array(
    z.strictObject({
      /** The item's number (序号). */
      number: z.number().int().positive(),
      /** Who can get it, in plain words. */
      who: z.string().min(4),
      /** What one gets, in plain words. */
      what: z.string().min(2),
      /** How much, in plain words, when the list says (or says that it does not). */
      amount: z.string().min(2).optional(),
    }),
  ),
});
