import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, plausibleShare, uncleanReason, utf8Validity } from './decode.ts';

const TEXT = '某市人民政府办公室关于印发某市方案的通知\n各县（市、区）人民政府：\n　　现印发给你们，请认真贯彻执行。\n';
const ok = (raw: Uint8Array, declared?: string) => {
  const d = decodeBytes(raw, declared);
  if ('error' in d) throw new Error(d.error);
  return d;
};

describe('decodeBytes', () => {
  it('reads a byte-order mark first and drops it', () => {
    expect(ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toMatchObject({
      text: TEXT,
      encoding: 'UTF-8',
      bom: true,
    });
    expect(ok(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')]))).toMatchObject({
      text: TEXT,
      encoding: 'UTF-16LE',
    });
    expect(ok(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf16be')]))).toMatchObject({
      text: TEXT,
      encoding: 'UTF-16BE',
    });
  });

  it('reads valid UTF-8 as UTF-8, even when a page declares another charset', () => {
    expect(ok(Buffer.from(TEXT))).toMatchObject({ text: TEXT, encoding: 'UTF-8', bom: false });
    const declared = ok(Buffer.from(TEXT), 'gb2312');
    expect(declared.encoding).toBe('UTF-8');
    expect(declared.note).toContain('declares charset “gb2312” but is valid UTF-8');
  });

  it('detects GB18030/GBK and BOM-less UTF-16, keeping only clean decodes', () => {
    expect(ok(iconv.encode(TEXT, 'gbk'))).toMatchObject({ text: TEXT, encoding: 'GB18030' });
    expect(ok(iconv.encode(TEXT, 'utf16le'))).toMatchObject({ text: TEXT, encoding: 'UTF-16LE' });
    expect(ok(iconv.encode(TEXT, 'utf16be'))).toMatchObject({ text: TEXT, encoding: 'UTF-16BE' });
  });

  it('does not believe a declaration that fails the decode', () => {
    const d = ok(iconv.encode(TEXT, 'gb18030'), 'utf-8');
    expect(d.encoding).toBe('GB18030');
    expect(d.note).toContain('declares charset “utf-8” but decodes as GB18030');
  });

  it('calls a mostly-UTF-8 file with a broken byte damaged, on the line of that byte', () => {
    const raw = Buffer.from(TEXT.repeat(3));
    const second = raw.indexOf(0x0a) + 4;
    raw[second] = 0xff;
    expect(decodeBytes(raw)).toEqual({
      error: `invalid UTF-8 at byte ${second} (the file is damaged or mixes encodings)`,
      line: 2,
    });
  });

  it('refuses binary data and noise', () => {
    expect(decodeBytes(Buffer.from([0x41, 0x00, 0x42, 0x43, 0x00]))).toMatchObject({
      error: expect.stringContaining('not a text document (binary data'),
    });
    let x = 99;
    const noise = Buffer.from(Array.from({ length: 2048 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
    expect(decodeBytes(noise)).toMatchObject({ error: expect.stringMatching(/^not a text document \(/u), line: 1 });
  });
});

describe('the decode check', () => {
  it('names replacement characters, controls and lone surrogates', () => {
    expect(uncleanReason('正常的文字\t\n\r\f')).toBeNull();
    expect(uncleanReason('坏\uFFFD字')).toContain('undecodable');
    expect(uncleanReason('a\u0001b')).toBe('control character U+0001');
    expect(uncleanReason('a\u0085b')).toBe('control character U+0085');
    expect(uncleanReason('a\uD800b')).toBe('a lone surrogate');
    expect(uncleanReason('😀')).toBeNull();
  });

  it('finds Chinese policy text plausible and mojibake not', () => {
    expect(plausibleShare(TEXT)).toBe(1);
    expect(plausibleShare(iconv.decode(iconv.encode(TEXT, 'gbk'), 'utf16le'))).toBeLessThan(0.98);
  });

  it('validates UTF-8 strictly (overlong forms and surrogates are not UTF-8)', () => {
    expect(utf8Validity(Buffer.from('中文abc')).firstInvalid).toBe(-1);
    expect(utf8Validity(Buffer.from([0xc0, 0xaf])).firstInvalid).toBe(0);
    expect(utf8Validity(Buffer.from([0x41, 0xed, 0xa0, 0x80])).firstInvalid).toBe(1);
    expect(utf8Validity(Buffer.from([0xe4, 0xb8])).firstInvalid).toBe(0);
  });
});
