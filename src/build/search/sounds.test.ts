import { describe, expect, it } from 'vitest';
import { soundGroups } from '../../lib/search/chars.ts';
import { soundRuns } from './sounds.ts';

describe('soundRuns', () => {
  const groups = soundGroups(soundRuns());
  const same = (a: string, b: string) => groups.get(a) !== undefined && groups.get(a) === groups.get(b);

  it('covers GB2312 level 1 in about 400 runs, one per syllable', () => {
    expect(groups.size).toBe(3755);
    expect(new Set(groups.values()).size).toBeGreaterThan(380);
    expect(new Set(groups.values()).size).toBeLessThan(420);
  });

  it('puts characters typed with the same pinyin together, and others apart', () => {
    expect(same('理', '里')).toBe(true); // li
    expect(same('贴', '帖')).toBe(true); // tie
    expect(same('体', '题')).toBe(true); // ti
    expect(same('援', '员')).toBe(true); // yuan
    expect(same('护', '户')).toBe(true); // hu
    expect(same('护', '理')).toBe(false);
    expect(same('改', '造')).toBe(false);
  });
});
