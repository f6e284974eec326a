/**
 * What a typed query asks for (docs/search.md), worked out in the visitor's browser before Pagefind sees it.
 * Pagefind needs every word of a query on a page, so words that ask rather than name (吗, 能不能, 我妈) would
 * find nothing; older people and their families use everyday words (摔伤) where the texts use policy terms
 * (意外伤害); they name ages (八十岁) and places (大冶) that are filters rather than words; and they type
 * similar-sounding characters (护里) and traditional ones (高齡). In order:
 *
 * 1. full-width characters become half-width, and traditional characters simplified (by the caller's table);
 * 2. “X是什么意思” / “什么是X” asks what X means: the glossary answers it first;
 * 3. an age is taken out (./age.ts), to narrow the list items;
 * 4. typos: a run of characters that is not a known word but sounds like a policy term (same toneless pinyin,
 *    at most one character off; two in terms of five or more) becomes that term;
 * 5. the query is split into known words (longest first): everyday words (→ their policy term), policy wordings
 *    (searched as they are), region names (→ the region filter), and asking words, particles and people
 *    (dropped); what is left are loose words, dropped when they are single characters.
 *
 * Pure: the search page gives it the vocabulary and the places; the unit tests give it theirs.
 */
import { takeAge } from './age.ts';
import { halfWidth } from './chars.ts';
import type { Place, Places } from './places.ts';
import type { Lexicon } from './query-data.ts';

/** Phrases that ask rather than name, dropped wherever they stand (longer words containing them win). */
const ASKING = [
  '请问',
  '问一下',
  '问问',
  '想问',
  '我想问',
  '想知道',
  '了解一下',
  '能不能',
  '可不可以',
  '有没有',
  '有木有',
  '是不是',
  '是否',
  '要不要',
  '需不需要',
  '需要',
  '怎么办',
  '怎么样',
  '怎么弄',
  '怎么申请',
  '如何申请',
  '怎么办理',
  '如何办理',
  '怎么领',
  '怎么领取',
  '怎么拿',
  '怎么做',
  '去哪里',
  '在哪里',
  '到哪里',
  '哪里',
  '哪儿',
  '在哪儿',
  '在哪',
  '去哪',
  '哪些',
  '哪个',
  '有哪些',
  '有什么',
  '是什么',
  '什么',
  '什么样',
  '什么时候',
  '多少钱',
  '多少',
  '有多少',
  '多久',
  '怎么',
  '怎样',
  '咋办',
  '咋样',
  '如何',
  '为什么',
  '为啥',
  '能领',
  '能拿',
  '可以领',
  '可以拿',
  '可以',
  '能够',
  '能享受',
  '享受',
  '给不给',
  '行不行',
  '好不好',
  '谁管',
  '谁来',
  '谁负责',
  '找谁',
  '一下',
  '帮忙',
  '帮我',
  '麻烦',
  '谢谢',
  '你好',
  '您好',
  '求助',
  '要什么材料',
  '什么材料',
  '要什么',
  '手续',
  '流程',
  '每个月',
  '每月',
  '现在',
  '目前',
  '平时',
  '还有',
  '还是',
  '就是',
  '但是',
  '因为',
  '所以',
  '如果',
  '的话',
  '这个',
  '那个',
  '这种',
  '这样',
  '情况',
  '政策',
  '家里',
  '家中',
  '没人',
  '今年',
  '老了',
  '以后',
  '自己',
] as const;

/**
 * The people every page here is about, and the family members who ask for them: they tell pages apart no
 * better than “the” does (texts say 老年人 where visitors type 老人).
 */
const PEOPLE = [
  '我',
  '我们',
  '咱',
  '咱们',
  '俺',
  '我家',
  '我妈',
  '我爸',
  '我妈妈',
  '我爸爸',
  '我父亲',
  '我母亲',
  '父亲',
  '母亲',
  '父母',
  '爸妈',
  '爸爸',
  '妈妈',
  '老爸',
  '老妈',
  '爹妈',
  '爹娘',
  '老娘',
  '老爹',
  '爷爷',
  '奶奶',
  '姥姥',
  '姥爷',
  '外公',
  '外婆',
  '公公',
  '婆婆',
  '岳父',
  '岳母',
  '老伴',
  '老伴儿',
  '老公',
  '老婆',
  '家里老人',
  '老人家',
  '老人们',
  '老人',
  '老年人',
  '老年朋友',
  '长者',
  '长辈',
  '老头',
  '老头子',
  '老太',
  '老太太',
  '老大爷',
  '大爷',
  '大妈',
  '大娘',
  '老爷子',
  '老奶奶',
  '老爷爷',
  '本人',
  '他们',
  '她们',
  '他',
  '她',
  '你',
  '您',
] as const;

/** Particles and little words, dropped when no longer word holds them (能 stays in 失能, 在 in 在家). */
const PARTICLES = '吗呢吧啊呀嘛哦哈啦呗么了的在是有和跟与或都也还就又很太挺想能会要去到让给被把个些这那啥谁咋哪怎里看';

/** Ends a query: “X是什么意思”, “X指什么”; and starts one: “什么是X”. */
const MEANING_AFTER =
  /^(.+?)(?:到底)?(?:是什么意思|是啥意思|什么意思|啥意思|的意思是什么|的意思|指的是什么|是指什么|指什么|是指啥|指啥|怎么理解|是什么东西|是什么|是啥)[\s?？。!！]*$/u;
const MEANING_BEFORE = /^(?:请问)?(?:什么是|什么叫|什么叫做|啥是|啥叫|何为|何谓|解释一下|解释)(.+?)[\s?？。!！]*$/u;

export interface Understanding {
  /** What goes to Pagefind: the policy terms, known words and loose words, space-separated ('' for filters alone). */
  text: string;
  /** The same without the loose words: searched too when those find nothing or too little. */
  strict: string;
  /** Words no vocabulary knows (two characters or more): kept, but dropped when nothing matches them all. */
  loose: string[];
  /** Words replaced: everyday words by their policy terms, typos by the words they sound like. */
  mapped: { from: string; to: string }[];
  /** The query in simplified, half-width characters when that changed it. */
  converted?: string;
  /** An age the query names. */
  age?: number;
  /** Regions the query names, to filter by. */
  places: Place[];
  /** Does it ask what a word means? */
  meaning: boolean;
}

export interface UnderstandOptions {
  /** Traditional → simplified (./t2s.ts), when the page has fetched the table. */
  simplify?: (text: string) => string;
  /** Search the typed words: no everyday words mapped, no typo corrected, no age or region read (“按原话搜索”). */
  literal?: boolean;
  /** Region names are words, not filters (the visitor chose a region or province filter already). */
  keepPlaces?: boolean;
}

type Kind = 'everyday' | 'known' | 'place' | 'drop';
interface Token {
  text: string;
  kind: Kind | 'loose';
}

/** Splits by the dictionary, longest word first; characters no word starts with gather into loose runs. */
function split(text: string, dictionary: ReadonlyMap<string, Kind>, longest: number): Token[] {
  const chars = [...text];
  const tokens: Token[] = [];
  let loose = '';
  const flush = () => {
    if (loose) tokens.push({ text: loose, kind: 'loose' });
    loose = '';
  };
  for (let i = 0; i < chars.length;) {
    if (/[\s\p{P}\p{S}]/u.test(chars[i]!)) {
      flush();
      i += 1;
      continue;
    }
    let n = Math.min(longest, chars.length - i);
    for (; n >= 1; n--) {
      const kind = dictionary.get(chars.slice(i, i + n).join(''));
      if (kind) {
        flush();
        tokens.push({ text: chars.slice(i, i + n).join(''), kind });
        break;
      }
    }
    if (n >= 1) i += n;
    else loose += chars[i++];
  }
  flush();
  return tokens;
}

/**
 * Corrects characters typed by sound: where a run of the text, outside the words the dictionary already
 * knows, becomes a known word by changing characters of the same toneless pinyin. Longest words first.
 */
function correctTypos(
  text: string,
  words: readonly string[],
  covered: readonly boolean[],
  sounds: ReadonlyMap<string, number>,
): { text: string; fixes: { from: string; to: string }[] } {
  const chars = [...text];
  const fixes: { from: string; to: string }[] = [];
  const sameSound = (a: string, b: string) => sounds.get(a) !== undefined && sounds.get(a) === sounds.get(b);
  for (let i = 0; i < chars.length; i++) {
    for (const word of words) {
      const w = [...word];
      if (i + w.length > chars.length) continue;
      let changed = 0;
      let ok = true;
      for (let k = 0; k < w.length && ok; k++) {
        const c = chars[i + k]!;
        if (c === w[k]) continue;
        if (!covered[i + k] && sameSound(c, w[k]!)) changed += 1;
        else ok = false;
      }
      if (!ok || changed === 0 || changed > (w.length >= 5 ? 2 : 1)) continue;
      fixes.push({ from: chars.slice(i, i + w.length).join(''), to: word });
      chars.splice(i, w.length, ...w);
      i += w.length - 1;
      break;
    }
  }
  return { text: chars.join(''), fixes };
}

/** The dictionary of a lexicon and places, and its longest word. */
function dictionaryOf(lexicon: Lexicon, places: Places, options: UnderstandOptions) {
  const dictionary = new Map<string, Kind>();
  for (const w of [...ASKING, ...PEOPLE, ...PARTICLES]) dictionary.set(w, 'drop');
  if (!options.keepPlaces && !options.literal) for (const w of places.keys()) dictionary.set(w, 'place');
  for (const w of lexicon.known) dictionary.set(w, 'known');
  for (const w of lexicon.everyday.keys()) dictionary.set(w, options.literal ? 'known' : 'everyday');
  return { dictionary, longest: Math.max(1, ...[...dictionary.keys()].map((w) => [...w].length)) };
}

export function understand(
  query: string,
  lexicon: Lexicon,
  places: Places,
  options: UnderstandOptions = {},
): Understanding {
  const typed = query.trim();
  let text = (options.simplify ?? ((s: string) => s))(halfWidth(typed)).replace(/\s+/gu, ' ');
  const converted = text !== typed.replace(/\s+/gu, ' ') ? text : undefined;
  const ask = MEANING_BEFORE.exec(text) ?? MEANING_AFTER.exec(text);
  const meaning = ask !== null && ask[1]!.trim() !== '';
  if (meaning) text = ask[1]!;
  const { age, rest } = options.literal ? { age: undefined, rest: text } : takeAge(text);
  text = rest;

  const { dictionary, longest } = dictionaryOf(lexicon, places, options);
  const mapped: Understanding['mapped'] = [];
  if (!options.literal && lexicon.sounds.size) {
    // Only into policy terms: everyday phrases are too many and too loose (区医院 in 社区医院 is no 去医院).
    const targets = [...lexicon.terms].filter((w) => [...w].length >= 2).sort((a, b) => [...b].length - [...a].length);
    text = text
      .split(/[\s\p{P}\p{S}]+/u)
      .map((run) => {
        // Characters inside a word of two or more that the dictionary knows are right as typed.
        const covered = split(run, dictionary, longest).flatMap((t) =>
          [...t.text].map(() => t.kind !== 'loose' && [...t.text].length > 1),
        );
        const fixed = correctTypos(run, targets, covered, lexicon.sounds);
        mapped.push(...fixed.fixes);
        return fixed.text;
      })
      .join(' ');
  }

  const words: string[] = [];
  const strict: string[] = [];
  const loose: string[] = [];
  const named: Place[] = [];
  const placeWords: string[] = [];
  const add = (word: string, list: string[]) => {
    if (!words.includes(word)) words.push(word);
    if (!list.includes(word)) list.push(word);
  };
  for (const token of split(text, dictionary, longest)) {
    if (token.kind === 'everyday') {
      const term = lexicon.everyday.get(token.text)!;
      mapped.push({ from: token.text, to: term });
      add(term, strict);
    } else if (token.kind === 'known') add(token.text, strict);
    else if (token.kind === 'place') {
      placeWords.push(token.text);
      for (const p of places.get(token.text) ?? []) if (!named.some((n) => n.name === p.name)) named.push(p);
    } else if (token.kind === 'loose' && [...token.text].length >= 2) add(token.text, loose);
  }
  // A query that only names a region searches for the region (its page), filtered to it.
  if (words.length === 0 && placeWords.length) for (const w of placeWords) add(w, strict);
  // Nothing left but asking words: search what was typed, as before.
  if (words.length === 0 && age === undefined && named.length === 0) add(typed, strict);
  return {
    text: words.join(' '),
    strict: strict.join(' '),
    loose,
    mapped: mapped.filter((m, i) => mapped.findIndex((x) => x.from === m.from) === i),
    ...(converted ? { converted } : {}),
    ...(age !== undefined ? { age } : {}),
    places: named,
    meaning,
  };
}
