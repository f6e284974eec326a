/**
 * A region's name without its administrative suffix (保山市 → 保山): the slug's stem (./slug.ts) and the short
 * name visitors type (src/lib/search/places.ts). No dependencies, so the search page's script can use it.
 */

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
