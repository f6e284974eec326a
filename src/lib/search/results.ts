/**
 * Turns Pagefind's results into what the search page shows. A result is a page (src/build/search/records.ts);
 * it becomes a card for each part of it that matched, best first: the page itself, a section or task
 * of a policy text (page#anchor), or an item of a list (its own page). Pure, so it is unit-tested.
 */
import { ITEM_FACTS_META, itemUrlFromAnchor, readItemFacts, type ItemFacts } from './item-facts.ts';

/** A part of a page that matched, as Pagefind reports it: one per heading with an id that has matches. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches in the page's content. */
  locations: number[];
  /** The matches with their weight: 1 for body text, more in a heading or a heading's added wordings. */
  weighted_locations: { balanced_score: number; weight?: number; location?: number }[];
}

/** The parts of Pagefind's result data this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  /** The indexed text as segmented (words split by whitespace or zero-width spaces): locations count these words. */
  raw_content?: string;
}

export interface SearchCard {
  /** Where the card leads: a page, a section of a policy text (page#anchor), or a list item's page. */
  url: string;
  title: string;
  excerpt: string;
  kind: string;
  region: string;
  document: string;
  amount: string;
  status: string;
  /** 历史版本 for a result from an older version (docs/versions.md), else ''. */
  version: string;
  /** Is this a section or task of a policy text rather than a whole page? */
  isSection: boolean;
  /** How much of the query it matches: the characters of the query words it holds, policy terms counting twice. */
  matched: number;
  /** How many of the query's words its heading (or title) names: what it is about, not what it mentions. */
  about: number;
  /** The share of its heading that those words make up: 家庭适老化改造 is more about 适老化改造 than a longer heading. */
  density: number;
  /** For a list item: its ages, as the index carries them (./age.ts). */
  ages?: string;
}

/** Anchors listed in the URL manifest (docs/urls.md): the sections a policy text's results land on. */
export const STABLE_ANCHOR =
  /^(?:section-\d+(?:-\d+)*|task-\d+|appendix(?:-\d+)?|annex-\d+|notice|outline|preamble|end)$/u;

/**
 * At most this many cards per result, so a long text that matches everywhere does not fill the page;
 * not when the visitor asked for list items (kind 清单条目 or a service type), which are then all shown.
 */
export const CARDS_PER_RESULT = 3;

/** The kind a list item's card has, and the filter value that asks for items only. */
const ITEM_KIND = '清单条目';
/** The glossary's kind: its entries' headings are anchors of their own (/glossary/#shineng). */
const GLOSSARY_KIND = '术语';
/** Weights above body text's 1: headings (item names 10, h2 6 … h6 2) and the wordings added after them (2). */
const HEADING_WEIGHT = 2;

export function toCard(data: PagefindResultData): SearchCard {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    kind: data.meta.kind ?? '',
    region: data.meta.region ?? '',
    document: data.meta.document ?? '',
    amount: data.meta.amount ?? '',
    status: data.meta.status ?? '',
    version: data.meta.version ?? '',
    isSection: data.url.includes('#'),
    matched: 0,
    about: 0,
    density: 0,
  };
}

const bare = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * The query words each location matched, read from the segmented content. Pagefind also matches words
 * that merely start with a query word (市 → 市民, 本市) and now and then a word across a segment boundary
 * (服务 → 和服): only a word the query itself contains counts.
 */
function termsAt(words: string[], query: string): (location: number) => string | undefined {
  const q = bare(query);
  return (location) => {
    const word = bare(words[location] ?? '');
    return word && q.includes(word) ? word : undefined;
  };
}

/** The filters that decide which parts of a page are shown (the others only choose pages). */
export interface PartFilters {
  /** The query as searched (src/lib/search/understand.ts): its words, space-separated. */
  q?: string;
  /** Its words that no vocabulary knows: they count half as much as policy terms. */
  loose?: readonly string[];
  /** The text of the search that found this page, when it left loose words out (src/lib/search/plan.ts). */
  searched?: string | null;
  kind?: string;
  service?: string;
}

interface Part {
  card: SearchCard;
  words: Set<string>;
  /** The query's words matched, by location: a query word of several (尊老金 of 尊|老|金) must stand together. */
  at: Map<number, string>;
  /** Those in its heading (or title), or in the wordings added after it. */
  head: Map<number, string>;
  score: number;
  service?: string;
  isPage: boolean;
}

/**
 * Does a query word (as the visitor's query has it) stand whole in the text around one of the matches? Pagefind
 * splits words by their context (失独家庭 is 失|独家|庭 in one text, 失独|家庭 in another), so the page's own text
 * around the match decides, not how the words were split.
 */
function covered(token: string, at: Map<number, string>, words: readonly string[]): boolean {
  const n = token.length;
  for (const location of at.keys()) {
    const before = bare(words.slice(Math.max(0, location - n), location).join(''));
    const match = bare(words[location] ?? '');
    const text = before + match + bare(words.slice(location + 1, location + n + 1).join(''));
    // An occurrence that takes in the matched word, not one beside it.
    for (let i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1))
      if (i < before.length + match.length && i + n > before.length) return true;
  }
  return false;
}

/** What a part is about: the query words its heading (or title) names, and their share of the heading. */
function aboutness(
  tokens: string[],
  head: Map<number, string>,
  title: string,
  words: readonly string[],
): { about: number; density: number } {
  const heading = bare(title);
  const named = tokens.filter((t) => heading.includes(t) || covered(t, head, words));
  const length = heading.length;
  return {
    about: named.length,
    density: length ? Math.min(1, named.reduce((n, t) => n + t.length, 0) / length) : 0,
  };
}

/**
 * The cards of one result, best first, at most CARDS_PER_RESULT unless the filters ask for items.
 *
 * Pagefind ranks pages and requires every query word on the page, not in one part of it; a part may hold
 * only some of them (尊老金 is segmented 尊|老|金, and 金 is in every 养老金). So a part's card is shown only
 * if its heading names a query word, or it matches a word the page's head (title, facts) does not and, with
 * the head's words, covers the most query words. The more of the query a part holds (./rank.ts), the earlier;
 * then the more query words its heading names; then Pagefind's scores. The page's
 * own card is shown when its head covers as many. Matches under a heading that is neither a stable anchor,
 * an item nor a glossary entry count for the page itself.
 *
 * With kind 清单条目 or a service type chosen only item cards are shown (of that type); with another
 * kind, no item cards.
 */
export function toCards(data: PagefindResultData, filters: PartFilters = {}): SearchCard[] {
  const page = toCard(data);
  const facts = readItemFacts(data.meta[ITEM_FACTS_META]);
  const itemCard = (url: string, title: string, excerpt: string, item: ItemFacts): SearchCard => ({
    ...page,
    url,
    title,
    excerpt,
    kind: ITEM_KIND,
    amount: item.amount ?? '',
    isSection: false,
    ...(item.age ? { ages: item.age } : {}),
  });
  const words = (data.raw_content ?? '').split(/[\s\u200b]+/u).filter(Boolean);
  const termAt = termsAt(words, filters.q ?? '');
  const parts = new Map<string, Part>();
  for (const sub of data.sub_results ?? []) {
    const hash = sub.url.split('#')[1] ?? '';
    const itemUrl = itemUrlFromAnchor(sub.url);
    const item = itemUrl ? facts[hash] : undefined;
    const card: SearchCard =
      itemUrl && item
        ? itemCard(itemUrl, sub.title, sub.excerpt, item)
        : STABLE_ANCHOR.test(hash) && data.meta.kind === '政策原文'
          ? { ...page, url: sub.url, title: sub.title, excerpt: sub.excerpt, isSection: true }
          : hash && data.meta.kind === GLOSSARY_KIND
            ? { ...page, url: sub.url, title: sub.title, excerpt: sub.excerpt }
            : { ...page, excerpt: sub.excerpt };
    const score = sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
    const known = parts.get(card.url);
    const at = new Map(
      sub.locations.flatMap((l): [number, string][] => {
        const word = termAt(l);
        return word === undefined ? [] : [[l, word]];
      }),
    );
    const head = new Map(
      sub.weighted_locations.flatMap((l): [number, string][] => {
        const word = (l.weight ?? 1) >= HEADING_WEIGHT && l.location !== undefined ? termAt(l.location) : undefined;
        return word === undefined ? [] : [[l.location!, word]];
      }),
    );
    const matched = new Set(at.values());
    if (!known)
      parts.set(card.url, {
        card,
        words: matched,
        at,
        head,
        score,
        service: item?.service,
        isPage: card.url === page.url,
      });
    else
      parts.set(card.url, {
        ...known,
        card: score > known.score ? card : known.card,
        words: new Set([...known.words, ...matched]),
        at: new Map([...known.at, ...at]),
        head: new Map([...known.head, ...head]),
        score: known.score + score,
      });
  }
  const tokens = (filters.q ?? '').split(/\s+/u).map(bare).filter(Boolean);
  const loose = new Set((filters.loose ?? []).map(bare));
  const pageAt = parts.get(page.url)?.at ?? new Map<number, string>();
  // A loose word may have found nothing with the rest (src/lib/search/plan.ts): when this page came from a search
  // without it, whose matches do not show it, it counts if the page holds it anywhere.
  const pageText = bare(data.raw_content ?? '');
  const searched = new Set((filters.searched ?? filters.q ?? '').split(/\s+/u).map(bare));
  const unseen = (t: string) => loose.has(t) && !searched.has(t) && pageText.includes(t);
  for (const p of parts.values()) {
    const title = bare(p.card.title);
    const holds = (t: string) => title.includes(t) || covered(t, p.at, words) || covered(t, pageAt, words) || unseen(t);
    const matched = tokens.filter(holds).reduce((n, t) => n + t.length * (loose.has(t) ? 1 : 2), 0);
    p.card = { ...p.card, matched, ...aboutness(tokens, p.head, p.card.title, words) };
  }
  const itemsOnly = filters.kind === ITEM_KIND || Boolean(filters.service);
  if (parts.size === 0) {
    if (!itemsOnly) return [page];
    // A filter without a query: Pagefind matched no words, so every item the filters allow is listed.
    return Object.entries(facts)
      .filter(([, item]) => !filters.service || item.service === filters.service)
      .map(([anchor, item]) =>
        itemCard(itemUrlFromAnchor(`${data.url}#${anchor}`) ?? data.url, item.name ?? anchor, '', item),
      );
  }
  const head = parts.get(page.url)?.words ?? new Set<string>();
  const coverage = (p: Part) => new Set([...p.words, ...head]).size;
  const shown = [...parts.values()]
    .filter((p) => p.isPage || p.card.about > 0 || [...p.words].some((w) => !head.has(w)))
    .filter((p) =>
      itemsOnly
        ? p.card.kind === ITEM_KIND && (!filters.service || p.service === filters.service)
        : p.card.kind !== ITEM_KIND || !filters.kind,
    );
  const best = Math.max(0, ...shown.map(coverage));
  const cards = shown
    // A part whose heading names a query word is shown; the page itself only when its head covers as much.
    .filter((p) => coverage(p) === best || (!p.isPage && p.card.about > 0))
    .sort(
      (a, b) =>
        b.card.matched - a.card.matched ||
        b.card.about - a.card.about ||
        b.card.density - a.card.density ||
        coverage(b) - coverage(a) ||
        b.score - a.score,
    )
    .slice(0, itemsOnly ? undefined : CARDS_PER_RESULT)
    .map((p) => p.card);
  return cards.length === 0 && !itemsOnly ? [page] : cards;
}

/**
 * Pagefind's excerpt as text runs, marked or not. Pagefind escapes < and > in the page text and
 * wraps matches in <mark>; the page builds DOM nodes from the runs instead of parsing HTML.
 */
export function excerptRuns(excerpt: string): { text: string; marked: boolean }[] {
  const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>');
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/u)
    .filter(Boolean)
    .map((part) => {
      const m = /^<mark>([\s\S]*)<\/mark>$/u.exec(part);
      return m ? { text: unescape(m[1]!), marked: true } : { text: unescape(part), marked: false };
    });
}
