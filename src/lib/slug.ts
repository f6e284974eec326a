import { pinyin } from 'pinyin-pro';
import { regionStem } from './region-stem.ts';

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
