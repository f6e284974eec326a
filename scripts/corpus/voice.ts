/**
 * Re-voicing a real sentence for a synthetic region: its own name and its province's instead of the
 * seed regions', 县 words for a county (我市 → 我县, 市民政局 → 县民政局), full-width punctuation, years
 * shifted, and — for a sentence that states a commitment — its amounts scaled. Every change is local
 * to the words it replaces, so a phrase re-voiced alone (a commitment's quantity) stays inside its
 * re-voiced sentence.
 */

export interface Voice {
  /** The region's name and stem: 安平县, 安平. */
  name: string;
  stem: string;
  /** What the text calls its own government: 市 for a prefecture or county-level city, 县 for a county. */
  own: '市' | '县';
  /** The region above (the prefecture of a county, the province of a prefecture). */
  parentName: string;
  parentStem: string;
  provinceName: string;
  provinceStem: string;
  /** Years (2010–2039) move by this many. */
  yearShift: number;
  /** Departments named 市… in the seed texts, longest first (renamed 县… in a county's text). */
  cityDepartments: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The seed regions' names → the synthetic ones; one pass, longest first, so nothing is replaced twice. */
function replacements(v: Voice): Map<string, string> {
  const own = v.own;
  const map = new Map<string, string>([
    ['宁夏回族自治区', v.name],
    ['保山市', v.name],
    ['大冶市', v.name],
    ['南通市', v.name],
    ['平凉市', v.name],
    ['黄石市', v.parentName],
    ['湖北省', v.provinceName],
    ['云南省', v.provinceName],
    ['江苏省', v.provinceName],
    ['甘肃省', v.provinceName],
    ['保山', v.stem],
    ['大冶', v.stem],
    ['南通', v.stem],
    ['平凉', v.stem],
    ['通城', v.stem],
    ['宁夏', v.stem],
    ['在冶', `在${v.stem}`],
    ['黄石', v.parentStem],
    ['湖北', v.provinceStem],
    ['云南', v.provinceStem],
    ['江苏', v.provinceStem],
    ['甘肃', v.provinceStem],
    ['自治区党委', `${own}委`],
    ['自治区人民政府', `${own}人民政府`],
    ['自治区', own],
    ['全区', `全${own}`],
    ['我区', `我${own}`],
  ]);
  // Document numbers of the seed provinces (云办发, 鄂政办发 …) take the synthetic province's abbreviation.
  for (const a of ['云', '鄂', '苏', '甘'])
    for (const kind of ['政办发', '办发']) map.set(`${a}${kind}`, `${v.provinceStem[0]}${kind}`);
  if (own === '县') {
    for (const d of v.cityDepartments) map.set(d, `县${d.slice(1)}`);
    for (const [from, to] of [
      ['我市', '我县'],
      ['全市', '全县'],
      ['本市', '本县'],
      ['市委', '县委'],
      ['市政府', '县政府'],
      ['市人民政府', '县人民政府'],
      ['市直', '县直'],
      ['市级', '县级'],
    ] as const)
      map.set(from, to);
    for (const w of ['各县（市、区）人民政府', '各县、市、区人民政府', '各县市区人民政府'])
      map.set(w, '各乡镇人民政府');
    map.set('各县（市、区）', '各乡镇（街道）').set('县（市、区）', '乡镇（街道）');
  }
  return map;
}

const voiceCache = new WeakMap<Voice, { pattern: RegExp; map: Map<string, string> }>();

/** Names, 县 words, punctuation and years of one text, in the region's voice. */
export function voiceText(text: string, v: Voice): string {
  let cached = voiceCache.get(v);
  if (!cached) {
    const map = replacements(v);
    const keys = [...map.keys()].sort((a, b) => b.length - a.length);
    cached = { pattern: new RegExp(keys.map(escape).join('|'), 'gu'), map };
    voiceCache.set(v, cached);
  }
  const { pattern, map } = cached;
  return fullWidth(text)
    .replace(pattern, (m) => map.get(m) ?? m)
    .replace(/(?<!\d)(20[123]\d)(?!\d)/gu, (y) => String(Number(y) + v.yearShift));
}

/** Chinese punctuation: half-width , ; : ( ) become ， ； ： （ ） (not inside numbers such as 1,000). */
export function fullWidth(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/gu, '，')
    .replace(/;/gu, '；')
    .replace(/(?<!\d):|:(?!\d)/gu, '：')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）');
}

const NUMBER = /\d+(?:\.\d+)?/gu;

/**
 * A number scaled by `factor` and rounded as a policy text would write it. Small counts (< 20), 100 and
 * years are kept (and 100%); a percentage stays below 100.
 */
export function scaledNumber(token: string, percent: boolean, factor: number): string {
  const n = Number(token);
  if (factor === 1 || (n === 100 && percent) || (n >= 1900 && n <= 2100 && !token.includes('.'))) return token;
  if (token.includes('.')) {
    const v = (n * factor).toFixed(1);
    return Number(v) > 0 ? v : token;
  }
  if (n < 20) return token;
  const raw = n * factor;
  const step = n >= 1000 ? 100 : n >= 100 ? 10 : n % 5 === 0 ? 5 : 1;
  let v = Math.max(step, Math.round(raw / step) * step);
  if (percent) {
    if (n >= 90) return token;
    v = Math.min(v, 95);
  }
  return String(v);
}

/** The numbers of `text` that are in `numbers`, scaled (see scaledNumber); the rest of the text unchanged. */
export function scaleNumbers(text: string, numbers: ReadonlySet<string>, factor: number): string {
  if (numbers.size === 0) return text;
  return text.replace(NUMBER, (token, offset: number) =>
    numbers.has(token) ? scaledNumber(token, /^[%％]/u.test(text.slice(offset + token.length)), factor) : token,
  );
}

/** The ASCII numbers of a text, as written. */
export function numbersIn(text: string): string[] {
  return text.match(NUMBER) ?? [];
}
