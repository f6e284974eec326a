/**
 * Character forms of a typed query (docs/search.md): full-width letters and digits, traditional characters and
 * characters typed by sound. GB2312, the simplified character set of 1980, comes from the browser's own GBK
 * decoder, so none of it is downloaded: a Chinese character outside it is most likely a traditional form (the
 * conversion table is fetched only then), and its first level (3,755 common characters) is in pinyin order,
 * so homophones are runs of it (their lengths come with the vocabulary).
 */

/** Full-width ASCII (！ to ～) and the ideographic space in their half-width forms: ８０岁 → 80岁. */
export const halfWidth = (s: string): string =>
  s.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, ' ');

/** The characters of GB2312 rows `from`..`to` (0xB0–0xD7 is level 1, 0xD8–0xF7 level 2), in code order. */
function gb2312Rows(from: number, to: number): string {
  const bytes: number[] = [];
  for (let row = from; row <= to; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  // GBK decodes the few unassigned cells at the end of level 1 to characters of its own extension: cut them.
  return new TextDecoder('gbk').decode(new Uint8Array(bytes));
}

/** GB2312 level 1: the 3,755 common simplified characters, in pinyin order. */
let level1: string[] | undefined;
export function gb2312Level1(): string[] {
  level1 ??= [...gb2312Rows(0xb0, 0xd7)].slice(0, 3755);
  return level1;
}

let all: Set<string> | undefined;
/** Whether a character is one of GB2312's 6,763 Chinese characters (levels 1 and 2). */
export function isGb2312(c: string): boolean {
  all ??= new Set([...gb2312Level1(), ...gb2312Rows(0xd8, 0xf7)]);
  return all.has(c);
}

/** Whether a text has a Chinese character outside GB2312: then it may be traditional. */
export const hasNonGb2312 = (s: string): boolean => [...s].some((c) => /\p{Script=Han}/u.test(c) && !isGb2312(c));

/**
 * Homophone groups from the lengths of GB2312 level 1's runs of one sound (base 36, comma-separated):
 * character → group. Characters outside level 1 have none.
 */
export function soundGroups(runs: string): Map<string, number> {
  const chars = gb2312Level1();
  const groups = new Map<string, number>();
  let at = 0;
  runs
    .split(',')
    .filter(Boolean)
    .forEach((run, group) => {
      for (const c of chars.slice(at, at + parseInt(run, 36))) groups.set(c, group);
      at += parseInt(run, 36);
    });
  return groups;
}
