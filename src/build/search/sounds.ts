/**
 * The homophone groups the search page corrects typos with (src/lib/search/chars.ts): GB2312 level 1 is in
 * pinyin order, so each toneless syllable is a run of it; this gives the runs' lengths, read with pinyin-pro.
 * A character with several readings sits under one of them: a run lasts while its characters share a reading.
 */
import { pinyin } from 'pinyin-pro';
import { gb2312Level1 } from '../../lib/search/chars.ts';

/** The lengths of level 1's runs of one sound, base 36, comma-separated (about 400 runs, 800 bytes). */
export function soundRuns(): string {
  const runs: number[] = [];
  let shared = new Set<string>();
  let length = 0;
  for (const c of gb2312Level1()) {
    const readings = new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array' }));
    const still = new Set([...shared].filter((r) => readings.has(r)));
    if (length > 0 && still.size === 0) {
      runs.push(length);
      length = 0;
      shared = readings;
    } else shared = length === 0 ? readings : still;
    length += 1;
  }
  runs.push(length);
  return runs.map((n) => n.toString(36)).join(',');
}
