import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipText } from './gzip.ts';

const TEXT = '\uFEFFregion,sentence\r\n保山市,"到2025年，养老机构护理型床位占比达到55%以上。"\r\n'.repeat(500);

describe('gzipText', () => {
  it('gives the same bytes every time, with no file name and no time in the header', () => {
    const a = gzipText(TEXT);
    expect(gzipText(TEXT).equals(a)).toBe(true);
    expect([a[0], a[1], a[2]]).toEqual([0x1f, 0x8b, 8]); // gzip, deflate
    expect(a[3]).toBe(0); // FLG: no FNAME, FCOMMENT, FEXTRA
    expect(a.readUInt32LE(4)).toBe(0); // MTIME
    expect(a[9]).toBe(255); // OS: unknown, whatever machine built it
    expect(a.length).toBeLessThan(Buffer.byteLength(TEXT) / 10);
  });

  it('decompresses to exactly the text’s UTF-8 bytes, with node:zlib and with gunzip', () => {
    const gz = gzipText(TEXT);
    expect(gunzipSync(gz).equals(Buffer.from(TEXT, 'utf8'))).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'gzip-test-')), 'rows.csv.gz');
    writeFileSync(file, gz);
    expect(execFileSync('gunzip', ['-c', file]).equals(Buffer.from(TEXT, 'utf8'))).toBe(true);
  });
});
