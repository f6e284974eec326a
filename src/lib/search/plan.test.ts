import { describe, expect, it } from 'vitest';
import { searchPlan } from './plan.ts';
import type { Understanding } from './understand.ts';

const understood = (u: Partial<Understanding>): Understanding => ({
  text: '',
  strict: '',
  loose: [],
  mapped: [],
  places: [],
  meaning: false,
  ...u,
});

describe('searchPlan', () => {
  it('searches the understood words with the chosen filters', () => {
    const plan = searchPlan(
      { q: '摔伤 保险', filters: { kind: '清单条目' } },
      understood({ text: '意外伤害 保险', strict: '意外伤害 保险' }),
    );
    expect(plan.texts).toEqual([{ text: '意外伤害 保险', when: 'always' }]);
    expect(plan.filters).toEqual({ kind: '清单条目', version: '现行版本' });
    expect(plan.parts).toEqual({ q: '意外伤害 保险', loose: [], kind: '清单条目', service: undefined });
  });

  it('searches each loose word alone when no word is known', () => {
    const plan = searchPlan(
      { q: 'x', filters: {} },
      understood({ text: '残疾军人 照顾', loose: ['残疾军人', '照顾'] }),
    );
    expect(plan.texts.map((t) => t.when)).toEqual(['always', 'few', 'few']);
  });

  it('falls back to the known words, then to each loose word, when loose words block', () => {
    const plan = searchPlan(
      { q: 'x', filters: {} },
      understood({ text: '独居 不放心', strict: '独居', loose: ['不放心'] }),
    );
    expect(plan.texts).toEqual([
      { text: '独居 不放心', when: 'always' },
      { text: '独居', when: 'few' },
      { text: '不放心', when: 'none' },
    ]);
  });

  it('filters by the regions and provinces the query names', () => {
    const plan = searchPlan(
      { q: 'x', filters: {} },
      understood({
        text: '探访',
        strict: '探访',
        places: [
          { name: '大冶市', filter: 'region' },
          { name: '宁夏回族自治区', filter: 'province' },
        ],
      }),
    );
    expect(plan.filters).toEqual({
      region: { any: ['大冶市'] },
      province: { any: ['宁夏回族自治区'] },
      version: '现行版本',
    });
  });

  it('lists the items for an age named alone, and ranks by age and meaning', () => {
    const plan = searchPlan({ q: '我今年八十了', filters: {} }, understood({ age: 80 }));
    expect(plan.texts).toEqual([{ text: null, when: 'always' }]);
    expect(plan.filters).toEqual({ kind: '清单条目', version: '现行版本' });
    expect(plan.parts.kind).toBe('清单条目');
    expect(plan.rank).toEqual({ meaning: false, age: 80 });
    expect(searchPlan({ q: 'x', filters: {} }, understood({ text: '失能', meaning: true })).rank).toEqual({
      meaning: true,
    });
  });

  it('lists what the filters allow without a query', () => {
    expect(searchPlan({ q: '', filters: { region: '大冶市' } }, undefined)).toMatchObject({
      texts: [{ text: null, when: 'always' }],
      filters: { region: '大冶市' },
    });
  });
});
