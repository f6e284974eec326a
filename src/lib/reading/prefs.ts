/**
 * Reading preferences (docs/accessibility.md): the text size and the high-contrast mode a reader chose,
 * kept in localStorage under one key and applied to <html> as data attributes, which the stylesheet reads.
 */

/** The localStorage key; its value is JSON: `{"size":"x-large","contrast":"high"}` (both optional). */
export const STORAGE_KEY = 'yanglao-reading';

/** The text sizes, smallest first: the root font size as a share of the browser's own (16 px unless the reader changed it). */
export const TEXT_SIZES = [
  { value: 'standard', label: '标准', percent: 125 },
  { value: 'large', label: '大', percent: 150 },
  { value: 'x-large', label: '特大', percent: 175 },
  { value: 'xx-large', label: '超大', percent: 200 },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]['value'];
/** 'normal' is stored only to override a system preference for more contrast. */
export type Contrast = 'high' | 'normal';

export interface ReadingPrefs {
  size?: TextSize;
  contrast?: Contrast;
}

const SIZES: ReadonlySet<string> = new Set(TEXT_SIZES.map((s) => s.value));

/** The preferences in a stored value; anything unreadable or unknown is left out, never an error. */
export function parsePrefs(raw: string | null): ReadingPrefs {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '{}');
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const { size, contrast } = value as Record<string, unknown>;
  const prefs: ReadingPrefs = {};
  if (typeof size === 'string' && SIZES.has(size) && size !== 'standard') prefs.size = size as TextSize;
  if (contrast === 'high' || contrast === 'normal') prefs.contrast = contrast;
  return prefs;
}

/**
 * The data attributes of <html> for these preferences: `data-text-size` (absent for the standard size) and
 * `data-contrast` (absent when the reader has not chosen, so `prefers-contrast: more` decides).
 */
export function prefsAttributes(prefs: ReadingPrefs): Record<'data-text-size' | 'data-contrast', string | null> {
  return { 'data-text-size': prefs.size ?? null, 'data-contrast': prefs.contrast ?? null };
}

/**
 * The classic script every page runs in <head>, before the body is parsed: it applies the saved preferences
 * (no flash of the standard size, no layout jump) and marks what the browser can do: `data-js` when module
 * scripts will run (the controls are shown only then), `data-speech` when it can read aloud. Astro hashes it
 * for the Content-Security-Policy (src/build/integrations/reading-prefs.ts). Kept in ES5 on purpose.
 */
export const EARLY_SCRIPT =
  `(function(){var d=document.documentElement;try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"{}");` +
  `if(p&&/^(${TEXT_SIZES.slice(1)
    .map((s) => s.value)
    .join('|')})$/.test(p.size))d.setAttribute("data-text-size",p.size);` +
  `if(p&&/^(high|normal)$/.test(p.contrast))d.setAttribute("data-contrast",p.contrast)}catch(e){}` +
  `if("noModule"in document.createElement("script")){d.setAttribute("data-js","");` +
  `if("speechSynthesis"in window&&"SpeechSynthesisUtterance"in window)d.setAttribute("data-speech","")}})()`;
