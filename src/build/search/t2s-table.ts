/**
 * The traditional → simplified table the search page fetches for a query with traditional characters
 * (src/lib/search/t2s.ts), made from OpenCC's own dictionaries (the npm package opencc-js): its Taiwan and
 * Hong Kong variant forms are first brought to OpenCC's standard traditional forms, then converted with
 * TSCharacters; TSPhrases' phrases are kept where converting them character by character would differ.
 * Only conversions to characters of GB2312 are kept: the texts are simplified Chinese, and GB2312 holds every
 * character they and the vocabulary use. OpenCC's own converter (1.2 MB with its phrase dictionary) is not sent.
 */
import type { DictLike } from 'opencc-js';
import { from, to } from 'opencc-js/preset/t2cn';
import { isGb2312 } from '../../lib/search/chars.ts';
import { t2sConverter, type T2sTable } from '../../lib/search/t2s.ts';

/** An OpenCC dictionary ("from to|from to …" or pairs; the first entry for a word wins) as a map. */
function dictionary(d: DictLike | undefined): Map<string, string> {
  const map = new Map<string, string>();
  const entries = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : (d ?? []);
  for (const [source, target] of entries) if (source && target && !map.has(source)) map.set(source, target);
  return map;
}

/**
 * The table; `simplified` says which characters the converted text may use. OpenCC's presets: from.tw and
 * from.hk are [[variant phrases, variant characters]], to.cn is [[TSPhrases, TSCharacters]].
 */
export function t2sTable(
  simplified: (c: string) => boolean = (c) => isGb2312(c) || !/\p{Script=Han}/u.test(c),
): T2sTable {
  const [tsPhrases, tsCharacters] = to.cn![0]!;
  const ts = dictionary(tsCharacters);
  const variants = [dictionary(from.tw![0]![1]), dictionary(from.hk![0]![1])];
  // A variant form that is itself a simplified character (著) is kept: OpenCC keeps it in phrases such as 著名.
  const toStandard = (c: string) => (simplified(c) ? c : (variants.map((v) => v.get(c)).find(Boolean) ?? c));
  const pairs: string[] = [];
  const keys = new Set([...ts.keys(), ...variants.flatMap((v) => [...v.keys()])]);
  for (const c of [...keys].sort()) {
    if ([...c].length !== 1) continue;
    const standard = toStandard(c);
    const s = ts.get(standard) ?? standard;
    if (s !== c && [...s].length === 1 && simplified(s)) pairs.push(c, s);
  }
  const byChar = t2sConverter({ chars: pairs.join(''), phrases: [] });
  const phrases = [...dictionary(tsPhrases)].filter(([from, to]) => byChar(from) !== to && [...to].every(simplified));
  return { chars: pairs.join(''), phrases };
}
