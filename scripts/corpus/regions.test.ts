import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import { regionCounts, syntheticRegions } from './regions.ts';

describe('syntheticRegions', () => {
  it('keeps roughly China’s proportions: ~31 provinces and 1 prefecture to 9 counties at 3,000', () => {
    expect(regionCounts(3000)).toEqual({ provinces: 30, prefectures: 330, counties: 2670 });
    expect(regionCounts(5)).toEqual({ provinces: 1, prefectures: 1, counties: 4 });
    expect(() => regionCounts(0)).toThrow(/positive whole number/u);
  });

  const regions = syntheticRegions(300, createRandom('t'));
  const bySlug = new Map(regions.map((r) => [r.slug, r]));

  it('writes n regions with documents plus their provinces, with unique slugs and names per province', () => {
    expect(regions.filter((r) => r.hasDocument)).toHaveLength(300);
    expect(regions.filter((r) => r.level === 'province')).toHaveLength(3);
    expect(bySlug.size).toBe(regions.length);
    expect(new Set(regions.map((r) => `${r.province}/${r.name}`)).size).toBe(regions.length);
  });

  it('gives GB/T 2260-shaped codes that nest under their parents', () => {
    for (const r of regions) {
      expect(r.code).toMatch(/^\d{6}$/u);
      const province = bySlug.get(r.province)!;
      expect(province.level).toBe('province');
      expect(r.code.slice(0, 2)).toBe(province.code.slice(0, 2));
      if (r.level === 'province') expect(r.code).toMatch(/0000$/u);
      if (r.level === 'prefecture') expect([r.code.slice(4), bySlug.get(r.parent!)!.level]).toEqual(['00', 'province']);
      if (r.level === 'county') {
        expect(r.code.slice(0, 4)).toBe(bySlug.get(r.parent!)!.code.slice(0, 4));
        expect(Number(r.code.slice(4))).toBeGreaterThan(20);
        // County-level cities are numbered from 81, as in GB/T 2260.
        expect(r.name.endsWith('市')).toBe(Number(r.code.slice(4)) > 80);
      }
    }
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
  });

  it('never composes the seed documents’ region names', () => {
    expect(regions.some((r) => /保山|大冶|南通|平凉|宁夏/u.test(r.name))).toBe(false);
  });

  it('is deterministic', () => {
    expect(syntheticRegions(300, createRandom('t'))).toEqual(regions);
  });
});

describe('slugs at 3,000 regions', () => {
  it('are all valid slugs, distinct, with the province or code added on a clash of pinyin', () => {
    const all = syntheticRegions(3000, createRandom('scale'));
    for (const r of all) expect(r.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    expect(new Set(all.map((r) => r.slug)).size).toBe(all.length);
    expect(all.some((r) => r.slug.includes('-'))).toBe(true);
  });
});
