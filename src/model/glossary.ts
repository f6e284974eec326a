/** The glossary (content/glossary.yaml): policy terms in plain words, and the wordings that link to them. */
import { z } from 'astro/zod';
import { slug } from './common.ts';

export const glossarySchema = z.array(
  z.strictObject({
    /** The entry's anchor on /glossary/. */
    id: slug,
    /** The term as the glossary shows it. */
    term: z.string().min(2),
    /** Wordings in policy texts that link to this entry (the longest matching one wins). */
    forms: z.array(z.string().min(2)).min(1),
    /** What it means, in plain words (ours, not the source's). */
    definition: z.string().min(10),
  }),
);
export type GlossaryEntry = z.output<typeof glossarySchema>[number];
