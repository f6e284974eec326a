/**
 * Traditional to simplified characters with a compact table made at build time from OpenCC's data
 * (src/build/search/t2s-table.ts): the longest phrase first, then character by character, as OpenCC converts.
 * The search page fetches the table only for a query with characters outside GB2312 (./chars.ts).
 */

/** The table as it is sent: character pairs (traditional, simplified, …) and the phrases whose conversion differs. */
export interface T2sTable {
  /** Pairs of code points: a traditional character followed by its simplified one. */
  chars: string;
  /** Phrases converted as a whole: [traditional, simplified]. */
  phrases: [string, string][];
}

/** A function converting a text with the table. */
export function t2sConverter(table: T2sTable): (text: string) => string {
  const chars = new Map<string, string>();
  const pairs = [...table.chars];
  for (let i = 0; i + 1 < pairs.length; i += 2) chars.set(pairs[i]!, pairs[i + 1]!);
  const phrases = new Map(table.phrases);
  const longest = Math.max(0, ...table.phrases.map(([from]) => [...from].length));
  return (text) => {
    const cps = [...text];
    let out = '';
    for (let i = 0; i < cps.length;) {
      let taken = 0;
      for (let n = Math.min(longest, cps.length - i); n >= 2 && !taken; n--) {
        const to = phrases.get(cps.slice(i, i + n).join(''));
        if (to !== undefined) {
          out += to;
          taken = n;
        }
      }
      if (!taken) {
        out += chars.get(cps[i]!) ?? cps[i]!;
        taken = 1;
      }
      i += taken;
    }
    return out;
  };
}
