/**
 * Cleans a typed query before it goes to Pagefind, which requires every word of a query to be on a
 * page: words that ask rather than name (“护理补贴多少钱”, “80岁有什么补贴”) would otherwise find nothing.
 */

/** Asking phrases, dropped wherever they stand. Only phrases that never name a benefit belong here. */
const ASKING_PHRASES = [
  '多少钱',
  '有多少',
  '多少',
  '怎么申请',
  '如何申请',
  '怎么办理',
  '如何办理',
  '怎么办',
  '怎么领',
  '怎么样',
  '怎么',
  '如何',
  '在哪里',
  '去哪里',
  '哪里',
  '有哪些',
  '哪些',
  '有什么',
  '是什么',
  '什么',
  '能不能',
  '可不可以',
  '有没有',
  '是不是',
  '是否',
  '请问',
  '我想',
  '想知道',
  '能领',
  '能拿',
  '可以领',
  '可以拿',
  '可以',
  '能享受',
  '给不给',
] as const;

/**
 * Words for the people every page here is about: they tell pages apart no better than “the” does, and
 * texts say 老年人 where visitors type 老人, so they are dropped too (“失能老人 补贴” → “失能 补贴”).
 */
const GENERIC_WORDS = ['老年人', '老人家', '老人们', '老人', '长者', '老年朋友'] as const;

/** Particles dropped only at the end of a query (elsewhere they may be part of a word). */
const FINAL_PARTICLES = /[吗呢啊呀吧？?。！!]+$/u;

/** The query as Pagefind should see it; the typed query if nothing would be left. */
export function normalizeQuery(query: string): string {
  let q = query.trim().replace(FINAL_PARTICLES, '');
  for (const phrase of [...ASKING_PHRASES, ...GENERIC_WORDS]) q = q.split(phrase).join(' ');
  q = q
    .replace(/[，,、；;：:]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return q || query.trim();
}
