import { describe, expect, it } from 'vitest';
import { childPages, comparePaths, comparePlan, placeOf, splitPages, valueRange, type PlanSource } from './pages.ts';

const place = (region: string) => ({ province: region.slice(0, 1), prefecture: region.slice(0, 2) });
const rows = (regions: string[], cost: number) => regions.map((region) => ({ region, cost }));

describe('splitPages', () => {
  it('keeps a subject on one page when its rows fit', () => {
    expect(splitPages(rows(['aa1', 'ab1', 'ba1'], 10), place, 30)).toEqual([{ path: [], full: true }]);
  });

  it('splits by province, and a province that does not fit by prefecture', () => {
    expect(splitPages(rows(['aa1', 'aa2', 'ab1', 'ab2', 'ba1'], 10), place, 30)).toEqual([
      { path: [], full: false },
      { path: ['a'], full: false },
      { path: ['a', 'aa'], full: true },
      { path: ['a', 'ab'], full: true },
      { path: ['b'], full: true },
    ]);
  });

  it('lists the pages right below a page', () => {
    const pages = splitPages(rows(['aa1', 'aa2', 'ab1', 'ab2', 'ba1'], 10), place, 30);
    expect(childPages(pages, []).map((p) => p.path)).toEqual([['a'], ['b']]);
    expect(childPages(pages, ['a']).map((p) => p.path)).toEqual([
      ['a', 'aa'],
      ['a', 'ab'],
    ]);
    expect(childPages(pages, ['b'])).toEqual([]);
  });
});

describe('placeOf', () => {
  it('puts a county under its prefecture, and a prefecture, a province or a county under its province in a group of its own', () => {
    expect(placeOf({ id: 'daye', parent: 'huangshi', province: 'hubei' })).toEqual({
      province: 'hubei',
      prefecture: 'huangshi',
    });
    expect(placeOf({ id: 'huangshi', parent: 'hubei', province: 'hubei' })).toEqual({
      province: 'hubei',
      prefecture: 'huangshi',
    });
    expect(placeOf({ id: 'ningxia', province: 'ningxia' })).toEqual({ province: 'ningxia', prefecture: 'ningxia' });
  });
});

describe('valueRange', () => {
  it('gives the smallest, the lower median and the largest value', () => {
    expect(valueRange([60, 55, 100, 60])).toEqual({ min: 55, median: 60, max: 100 });
    expect(valueRange([3])).toEqual({ min: 3, median: 3, max: 3 });
    expect(valueRange([])).toBeUndefined();
  });
});

describe('comparePlan', () => {
  const source = (regions: number): PlanSource => {
    const ids = Array.from({ length: regions }, (_, i) => `r${i}`);
    return {
      regions: ids.map((id, i) => ({ id, province: `p${i % 2}`, parent: `q${i % 4}` })),
      documents: ids.map((id) => ({ id: `${id}-plan`, region: id, citations: 2 })),
      lists: [],
      documentTags: ids.map((id) => ({
        document: `${id}-plan`,
        units: [{ anchor: 'task-1', topics: ['t'], services: ['k'] }],
      })),
      listTags: [],
      commitments: ids.map((id) => ({
        document: `${id}-plan`,
        commitments: [
          {
            metric: 'm',
            anchor: 'task-1',
            sentence: '覆盖率达到100%。',
            quantity: '100%',
            comparator: '=' as const,
            value: 100,
            scope: '城市社区',
          },
        ],
        dismissed: [],
      })),
      topics: [{ id: 't' }],
      serviceKinds: [{ id: 'k' }],
    };
  };

  it('adds no page while the national pages fit (the five real regions)', () => {
    const plan = comparePlan(source(5));
    expect(plan.commitmentsFull).toBe(true);
    expect(plan.servicesFull).toBe(true);
    expect(comparePaths(plan)).toEqual([]);
  });

  it('splits what does not fit, keyed by slugs only', () => {
    const plan = comparePlan(source(400));
    expect(plan.commitmentsFull).toBe(false);
    expect(comparePaths(plan)).toContain('/compare/commitments/m/');
    expect(comparePaths(plan)).toContain('/compare/commitments/m/p0/');
    expect(comparePaths(plan)).toContain('/compare/services/k/p1/');
    expect(comparePaths(plan)).toContain('/compare/topics/t/p0/');
    expect(comparePaths(plan)).toContain('/compare/basis/p0/');
    for (const path of comparePaths(plan)) expect(path).toMatch(/^\/compare(\/[a-z0-9-]+)+\/$/u);
  });

  it('lists a kind’s regions that neither list nor name it by name only: they cost no rows', () => {
    const s = source(500);
    const plan = comparePlan({
      ...s,
      documentTags: s.documentTags.map((t) => ({ ...t, units: [{ ...t.units[0]!, services: [] }] })),
    });
    expect(plan.servicesFull).toBe(false);
    expect(plan.services.get('k')).toEqual([{ path: [], full: true }]);
  });

  it('leaves out what is not reviewed', () => {
    const s = source(400);
    const plan = comparePlan({ ...s, documents: [] });
    expect(plan.commitmentsFull).toBe(true);
    expect(comparePaths(plan)).toEqual([]);
  });
});
