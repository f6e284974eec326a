/**
 * Region names in a query act as the region filter (docs/search.md). The search page reads the names from its
 * own filter lists (every region, and which are provinces), so nothing more is downloaded; visitors also type
 * them short (大冶 for 大冶市, 宁夏 for 宁夏回族自治区, 大理 for 大理白族自治州).
 */
import { regionStem } from '../region-stem.ts';

/** A region a query names, and the filter that finds its pages. */
export interface Place {
  name: string;
  /** `province` for a province-level region (every page in it carries it), else `region`. */
  filter: 'region' | 'province';
}

/** A name or short form → the regions it names (two regions may share a short form). */
export type Places = ReadonlyMap<string, readonly Place[]>;

/** The peoples autonomous areas are named after (大理白族自治州, 黔东南苗族侗族自治州). */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const WITH_PEOPLES = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族)+$`, 'u');

/** The short forms of a name: without its administrative suffix, and without the peoples of an autonomous area. */
export function shortNames(name: string): string[] {
  const stem = regionStem(name);
  const withoutPeoples = WITH_PEOPLES.exec(stem)?.[1];
  return [...new Set([stem, withoutPeoples ?? stem])].filter((s) => s !== name && [...s].length >= 2);
}

/** The places of the filter lists: every region's name and short forms. */
export function placesOf(regions: readonly string[], provinces: readonly string[]): Places {
  const places = new Map<string, Place[]>();
  const add = (word: string, place: Place) => {
    const known = places.get(word) ?? [];
    if (!known.some((p) => p.name === place.name)) places.set(word, [...known, place]);
  };
  for (const name of new Set([...regions, ...provinces])) {
    const place: Place = { name, filter: provinces.includes(name) ? 'province' : 'region' };
    add(name, place);
    for (const short of shortNames(name)) add(short, place);
  }
  return places;
}
