import { pinyin } from 'pinyin-pro';

/** Administrative suffixes left out of a region's slug (保山市 → baoshan, 宁夏回族自治区 → ningxia). */
const SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '特别行政区',
  '省',
  '市',
  '地区',
  '盟',
  '县',
  '区',
  '旗',
];

/** The name without its administrative suffix, keeping at least two characters (东区 stays 东区). */
export function regionStem(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && [...name].length - [...suffix].length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/** Toneless pinyin of a Chinese name as one lower-case ASCII word (ü written v: 吕梁 → lvliang). */
function pinyinWord(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The slug for a new region: the pinyin of its stem; if a region already has it (泰州 and 台州 are both
 * taizhou), the new one adds its province's slug (taizhou-zhejiang), then its GB/T 2260 code.
 * Existing slugs never change: the first region keeps the plain form.
 */
export function regionSlug(name: string, taken: ReadonlySet<string>, provinceSlug: string, code: string): string {
  const plain = pinyinWord(regionStem(name));
  for (const candidate of [plain, `${plain}-${provinceSlug}`, `${plain}-${code}`]) {
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`no free slug for ${name} (${code}): choose one by hand`);
}
