import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SourceEntry } from '../../src/model/site-data.ts';
import { planRecheck } from './recheck.ts';

const registry: SourceEntry[] = [
  { file: 'a.txt', region: 'daye', document: 'daye-a', review: 'reviewed', added: '2026-11-23', checked: '2026-11-23' },
  { file: 'b.txt', region: 'daye', document: 'daye-b', added: '2026-11-25', checked: '2026-11-26' },
];

describe('recording a re-check', () => {
  it('sets checked of the documents named, and nothing else', () => {
    const result = planRecheck(registry, ['daye-b'], '2026-12-01', '2026-12-02');
    if (!('registry' in result)) throw new Error(result.refused.join('\n'));
    expect(result.registry.startsWith('# Which raw text')).toBe(true);
    expect(parse(result.registry)).toEqual([registry[0], { ...registry[1], checked: '2026-12-01' }]);
    expect(result.log).toEqual(['daye-b: checked 2026-11-26 → 2026-12-01']);
  });

  it('refuses all when one document or the date is wrong, one line per reason', () => {
    expect(planRecheck(registry, ['daye-a', 'daye-x'], '2026-12-01', '2026-12-02')).toEqual({
      refused: ['document "daye-x" is not in sources.yaml: give the slug of an ingested document (its URL segment)'],
    });
    expect(planRecheck(registry, ['daye-a', 'daye-b'], '2026-11-24', '2026-12-02')).toEqual({
      refused: [
        '--checked 2026-11-24 is before the day document "daye-b" was added (2026-11-25): a text is checked on or after it',
      ],
    });
    expect(planRecheck(registry, ['daye-a'], '2026-12-03', '2026-12-02')).toEqual({
      refused: [
        '--checked 2026-12-03 is after today (2026-12-02): write the day the text was compared with its origin',
      ],
    });
    expect(planRecheck(registry, ['daye-a'], '2026-13-01', '2026-12-02')).toEqual({
      refused: ['--checked "2026-13-01" is not a date: write YYYY-MM-DD, e.g. 2026-12-02'],
    });
  });
});
