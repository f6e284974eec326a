/**
 * A guard on the plain-language layer (content/plain/<list>.yaml, schema in src/model/plain.ts): a plain
 * text may not state a number the item's own cells do not.
 */
import { asciiDigits } from '../text.ts';

const NUMBER = /\d+(?:\.\d+)?/gu;

/** Numbers in the plain text that the source text does not contain (an empty list when faithful). */
export function numbersNotInSource(plain: string, source: string): string[] {
  const known = new Set(asciiDigits(source).match(NUMBER) ?? []);
  return (asciiDigits(plain).match(NUMBER) ?? []).filter((n) => !known.has(n));
}
