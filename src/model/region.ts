/** The regions collection (content/regions/<slug>.yaml). */
import { z } from 'astro/zod';
import { slug } from './common.ts';
import { REGION_LEVELS } from './vocab.ts';

/** `regionRef` is Astro's reference('regions') inside the build, a plain slug checker elsewhere. */
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

export type RegionData = z.output<ReturnType<typeof regionSchema<typeof slug>>>;
