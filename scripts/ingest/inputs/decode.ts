/**
 * Bytes → text in the encoding they were written in. Policy texts arrive as UTF-8, UTF-16 (copied on
 * Windows), GB18030/GBK/GB2312 (older portals) and now and then Big5. A decode is accepted only when it is
 * clean: no replacement characters, no control characters, no lone surrogates — and, for an encoding that
 * was guessed rather than declared, text that reads as Chinese or ASCII. Nothing is ever decoded "mostly".
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export const ENCODINGS = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5'] as const;
export type TextEncoding = (typeof ENCODINGS)[number];

export type Decoded =
  { text: string; encoding: TextEncoding; bom: boolean; note?: string } | { error: string; line: number };

const BOMS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
  [[0x84, 0x31, 0x95, 0x33], 'GB18030'],
];

/** Names a declaration or a detector may use for the encodings above. */
const ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'utf-16': 'UTF-16LE',
  gb18030: 'GB18030',
  gbk: 'GB18030',
  gb2312: 'GB18030',
  'x-gbk': 'GB18030',
  'euc-cn': 'GB18030',
  cp936: 'GB18030',
  'windows-936': 'GB18030',
  big5: 'Big5',
  'big5-hkscs': 'Big5',
};

/** The encoding a charset label names, or undefined when it is none this site reads. */
function encodingOf(label: string): TextEncoding | undefined {
  return ALIASES[label.trim().toLowerCase()];
}

/** Why a decoded text cannot be the document's text, or null when it is clean. */
export function uncleanReason(text: string): string | null {
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) return `undecodable bytes at character ${replacement + 1}`;
  // TAB, LF, VT, FF and CR occur in real texts (Word's line and page breaks); every other control does not.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u.exec(text);
  if (control) return `control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(text)) return 'a lone surrogate';
  return null;
}

/**
 * Characters a Chinese policy text is made of: ASCII, Latin punctuation and pinyin letters, general
 * punctuation, number forms (Ⅰ ①), arrows, maths, box drawing and shapes (■ ●), CJK punctuation,
 * ideographs, compatibility forms (﹝﹞ ㎡) and full-width forms.
 */
const PLAUSIBLE =
  /[\t\n\v\f\r\u0020-\u007E\u00A0-\u024F\u2000-\u27BF\u3000-\u303F\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE10-\uFE6F\uFF00-\uFFEF]/u;

/** Share of a text's characters that a Chinese policy text is made of (guessed decodes must reach 0.98). */
export function plausibleShare(text: string): number {
  let total = 0;
  let good = 0;
  for (const ch of text) {
    total += 1;
    if (PLAUSIBLE.test(ch)) good += 1;
  }
  return total === 0 ? 1 : good / total;
}

const MIN_PLAUSIBLE = 0.98;

function decodeAs(raw: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'UTF-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
  return iconv.decode(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), encoding, { stripBOM: false });
}

/** Byte offset of the first byte that breaks UTF-8, and how many multi-byte sequences were well formed. */
export function utf8Validity(raw: Uint8Array): { firstInvalid: number; invalid: number; multiByte: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multiByte = 0;
  for (let i = 0; i < raw.length;) {
    const b = raw[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0 && i + need < raw.length;
    for (let k = 1; ok && k <= need; k++) ok = (raw[i + k]! & 0xc0) === 0x80;
    if (ok && need >= 2) {
      // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8 either.
      const b1 = raw[i + 1]!;
      if (
        (b === 0xe0 && b1 < 0xa0) ||
        (b === 0xed && b1 > 0x9f) ||
        (b === 0xf0 && b1 < 0x90) ||
        (b === 0xf4 && b1 > 0x8f)
      )
        ok = false;
    }
    if (!ok) {
      if (firstInvalid === -1) firstInvalid = i;
      invalid += 1;
      i += 1;
      continue;
    }
    if (need > 0) multiByte += 1;
    i += need + 1;
  }
  return { firstInvalid, invalid, multiByte };
}

/** 1-based line of a byte offset in an ASCII-compatible encoding. */
function lineAt(raw: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < raw.length; i++) if (raw[i] === 0x0a) line += 1;
  return line;
}

/**
 * UTF-16 without a byte-order mark shows as zero bytes (the high half of ASCII characters and of U+3000).
 * Which order is tried first follows where most zeros fall; the decode check decides.
 */
function utf16Order(raw: Uint8Array): TextEncoding[] {
  if (raw.length < 2 || raw.length % 2 !== 0 || !raw.includes(0)) return [];
  let even = 0;
  let odd = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  return odd >= even ? ['UTF-16LE', 'UTF-16BE'] : ['UTF-16BE', 'UTF-16LE'];
}

/**
 * Decodes a text file: a byte-order mark first; then UTF-8 when every byte is valid UTF-8; then the encoding
 * the file declares (an HTML page's charset, which may lie); then what chardet ranks highest, then GB18030,
 * UTF-16 and Big5 — each kept only when its decode is clean.
 */
export function decodeBytes(raw: Uint8Array, declared?: string): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (raw.length >= bom.length && bom.every((b, i) => raw[i] === b)) {
      const text = decodeAs(raw.subarray(bom.length), encoding);
      const reason = uncleanReason(text);
      if (reason) return { error: `not a text document (${encoding} byte-order mark, but ${reason})`, line: 1 };
      return { text, encoding, bom: true };
    }
  }
  const utf16 = utf16Order(raw);
  const validity = utf8Validity(raw);
  if (validity.firstInvalid === -1 && !raw.includes(0)) {
    const text = decodeAs(raw, 'UTF-8');
    const reason = uncleanReason(text);
    if (reason) return { error: `not a text document (${reason})`, line: 1 };
    const declaredEncoding = declared ? encodingOf(declared) : undefined;
    const note =
      declared && declaredEncoding !== 'UTF-8' && validity.multiByte > 0
        ? `the file declares charset “${declared}” but is valid UTF-8: read as UTF-8`
        : undefined;
    return { text, encoding: 'UTF-8', bom: false, ...(note ? { note } : {}) };
  }
  // Mostly well-formed UTF-8 with a few broken bytes is a damaged UTF-8 file, not another encoding.
  if (utf16.length === 0 && validity.multiByte >= 4 && validity.invalid * 10 < validity.multiByte) {
    return {
      error: `invalid UTF-8 at byte ${validity.firstInvalid} (the file is damaged or mixes encodings)`,
      line: lineAt(raw, validity.firstInvalid),
    };
  }
  if (utf16.length === 0 && raw.includes(0)) return { error: 'not a text document (binary data: zero bytes)', line: 1 };

  const candidates: { encoding: TextEncoding; why: string }[] = [];
  const add = (encoding: TextEncoding | undefined, why: string) => {
    if (encoding && !candidates.some((c) => c.encoding === encoding)) candidates.push({ encoding, why });
  };
  for (const encoding of utf16) add(encoding, 'zero bytes');
  if (declared) add(encodingOf(declared), 'declared');
  for (const match of chardet.analyse(raw)) if (match.confidence >= 10) add(encodingOf(match.name), 'detected');
  for (const fallback of ['GB18030', 'UTF-16LE', 'UTF-16BE', 'Big5'] as const) add(fallback, 'tried');

  const tried: string[] = [];
  for (const { encoding, why } of candidates) {
    const text = decodeAs(raw, encoding);
    const reason = uncleanReason(text) ?? (plausibleShare(text) < MIN_PLAUSIBLE ? 'not Chinese or ASCII text' : null);
    if (reason) {
      tried.push(encoding);
      continue;
    }
    const declaredEncoding = declared ? encodingOf(declared) : undefined;
    const note =
      declared && declaredEncoding !== encoding
        ? `the file declares charset “${declared}” but decodes as ${encoding}: read as ${encoding}`
        : why === 'tried'
          ? `encoding ${encoding}: no detector was sure; the decode is clean`
          : undefined;
    return { text, encoding, bom: false, ...(note ? { note } : {}) };
  }
  return { error: `not a text document (no encoding reads it cleanly: tried ${tried.join(', ')})`, line: 1 };
}
