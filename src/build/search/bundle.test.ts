import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkMergedIndexesShareWasm, pruneProvinceBundle } from './bundle.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bundle-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bundle = (path: string, script = 'await newInstance.init(lang,{load_wasm:false});') => {
  mkdirSync(join(path, 'index'), { recursive: true });
  mkdirSync(join(path, 'fragment'));
  mkdirSync(join(path, 'filter'));
  for (const f of ['pagefind-entry.json', 'pagefind.zh-cn_1a2b.pf_meta', 'wasm.unknown.pagefind', 'pagefind-ui.js'])
    writeFileSync(join(path, f), '');
  for (const f of ['pagefind.js', 'pagefind-worker.js']) writeFileSync(join(path, f), script);
};

describe('pruneProvinceBundle', () => {
  it("keeps what a merged index fetches and removes Pagefind's scripts and WebAssembly", () => {
    bundle(dir);
    bundle(join(dir, 'p', 'hubei'));
    pruneProvinceBundle(dir, join(dir, 'p', 'hubei'));
    expect(readdirSync(join(dir, 'p', 'hubei')).sort()).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      'pagefind.zh-cn_1a2b.pf_meta',
    ]);
  });

  it('stops when Pagefind no longer starts merged indexes on the first WebAssembly', () => {
    bundle(dir, 'await newInstance.init(lang,{load_wasm:true});');
    expect(() => checkMergedIndexesShareWasm(dir)).toThrow(
      /pagefind\.js: Pagefind's mergeIndex no longer says \{load_wasm:false\}/u,
    );
  });
});
