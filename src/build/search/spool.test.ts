import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Spool } from './spool.ts';

let parent = '';
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'spool-test-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('Spool', () => {
  it('keeps each shard in its own file and reads it back in order, line breaks and quotes intact', async () => {
    const spool = new Spool(parent);
    spool.add('湖北省', { url: '/a/', html: '<h1>大冶</h1>\n<p>"引号"</p>' });
    spool.add('', { url: '/compare/', html: '<h1>对比</h1>' });
    spool.add('湖北省', { url: '/b/', html: '<p>黄石</p>' });
    spool.add('云南省', { url: '/c/', html: '<p>保山</p>' });
    expect(spool.shards).toEqual([
      { key: '湖北省', records: 2, chars: 9 },
      { key: '', records: 1, chars: 2 },
      { key: '云南省', records: 1, chars: 2 },
    ]);
    expect(await all(spool.read('湖北省'))).toEqual([
      { url: '/a/', html: '<h1>大冶</h1>\n<p>"引号"</p>' },
      { url: '/b/', html: '<p>黄石</p>' },
    ]);
    expect(await all(spool.read('甘肃省'))).toEqual([]);
    expect((await all(spool.readAll())).map((r) => r.url)).toEqual(['/a/', '/compare/', '/b/', '/c/']);
    spool.close();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses a record after reading began', async () => {
    const spool = new Spool(parent);
    spool.add('', { url: '/a/', html: 'a' });
    await all(spool.read(''));
    expect(() => spool.add('', { url: '/b/', html: 'b' })).toThrow('/b/ came too late');
    spool.close();
    expect(existsSync(parent)).toBe(true);
  });
});
