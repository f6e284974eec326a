/**
 * Synthetic regions for the scale corpus: provinces, prefectures and counties with real-looking names
 * composed from syllables and six-digit codes in the GB/T 2260 pattern (PP0000, PPCC00, PPCCXX). They are
 * NOT real divisions: a composed name may happen to exist, but nothing here is data about it.
 */
import { regionSlug } from '../../src/lib/slug.ts';
import type { Random } from './random.ts';

export interface SyntheticRegion {
  slug: string;
  name: string;
  level: 'province' | 'prefecture' | 'county';
  code: string;
  /** The region directly above; none for a province. */
  parent?: string;
  province: string;
  /** Prefectures and counties get a policy document and a service list; provinces only group them. */
  hasDocument: boolean;
}

/** The two-digit province prefixes of GB/T 2260 (the code pattern only; the names are invented). */
const PROVINCE_PREFIXES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
];

const FIRST = [
  ...'安宝北昌成崇丹德东丰凤福阜广桂海汉合和鹤衡鸿华怀淮会吉嘉建江金锦景靖九开康乐黎临灵龙隆鹿罗洛茂梅明宁平浦普祁清庆泉饶荣瑞沙邵寿双顺松泰桃天万威文武西溪仙湘祥新信兴秀宣阳永玉元云漳昭镇中舟长白碧常澄楚翠大定峨富',
]; // ~120
const SECOND = [
  ...'安川城丰峰阜冈和河湖华江康林陵宁平浦山台泉水顺塘溪乡阳源州庄兴宁昌化定德丘门原津滨沟岭谷坪田岗陂都乐容',
];
/** Real regions of the seed documents: never composed, so no synthetic page borrows a real name. */
const RESERVED = new Set(['保山', '大冶', '南通', '平凉', '宁夏', '黄石', '湖北', '云南', '江苏', '甘肃', '通城']);

export interface RegionCounts {
  provinces: number;
  prefectures: number;
  counties: number;
}

/** Roughly China's proportions: ~31 provinces, ~1 prefecture to 9 counties; n = prefectures + counties. */
export function regionCounts(n: number): RegionCounts {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--regions must be a positive whole number, not ${n}`);
  const provinces = Math.min(PROVINCE_PREFIXES.length, Math.max(1, Math.round(n / 100)));
  const prefectures = Math.min(n, Math.max(provinces, Math.round(n * 0.11)));
  return { provinces, prefectures, counties: n - prefectures };
}

/** n regions with documents (prefectures and counties) and the provinces above them, in code order. */
export function syntheticRegions(n: number, random: Random): SyntheticRegion[] {
  const counts = regionCounts(n);
  const usedStems = new Set<string>();
  const stem = (): string => {
    for (let attempt = 0; ; attempt++) {
      const s = random.pick(FIRST) + random.pick(SECOND) + (attempt > 30 ? random.pick(SECOND) : '');
      if (!usedStems.has(s) && !RESERVED.has(s) && s[0] !== s[1]) {
        usedStems.add(s);
        return s;
      }
    }
  };
  const slugs = new Set<string>();
  const regions: SyntheticRegion[] = [];
  const add = (r: Omit<SyntheticRegion, 'slug'>, provinceSlug: string): SyntheticRegion => {
    const slug = regionSlug(r.name, slugs, provinceSlug, r.code);
    slugs.add(slug);
    const region = { slug, ...r, province: r.province || slug };
    regions.push(region);
    return region;
  };

  const provinces = random.sample(PROVINCE_PREFIXES, counts.provinces).map((prefix) => {
    const name = `${stem()}省`;
    // A province is its own province: on a clash of pinyin it takes its code (baohua-620000).
    return add({ name, level: 'province', code: `${prefix}0000`, province: '', hasDocument: false }, `${prefix}0000`);
  });
  const prefectures = Array.from({ length: counts.prefectures }, (_, i) => {
    const province = provinces[i % provinces.length]!;
    const serial = Math.floor(i / provinces.length) + 1;
    if (serial > 99) throw new Error('too many prefectures for one province (max 99)');
    return add(
      {
        name: `${stem()}市`,
        level: 'prefecture',
        code: `${province.code.slice(0, 2)}${String(serial).padStart(2, '0')}00`,
        parent: province.slug,
        province: province.slug,
        hasDocument: true,
      },
      province.slug,
    );
  });
  const serials = new Map<string, { county: number; city: number }>();
  for (let i = 0; i < counts.counties; i++) {
    const prefecture = prefectures[i % prefectures.length]!;
    const s = serials.get(prefecture.slug) ?? { county: 20, city: 80 };
    // County-level cities take 81…, counties and districts 21… (as in GB/T 2260).
    const isCity = random.chance(0.2) && s.city < 99;
    const serial = isCity ? ++s.city : ++s.county;
    if (!isCity && s.county > 80) throw new Error('too many counties for one prefecture (max 60)');
    serials.set(prefecture.slug, s);
    add(
      {
        name: `${stem()}${isCity ? '市' : '县'}`,
        level: 'county',
        code: `${prefecture.code.slice(0, 4)}${serial}`,
        parent: prefecture.slug,
        province: prefecture.province,
        hasDocument: true,
      },
      prefecture.province,
    );
  }
  return regions.sort((a, b) => a.code.localeCompare(b.code));
}
