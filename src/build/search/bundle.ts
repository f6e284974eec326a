/**
 * A part of an index in parts (./layout.ts) keeps only what a merged index reads (docs/search.md): its entry
 * file, metadata, index, filter and fragment chunks. Pagefind also writes its scripts, interfaces and WebAssembly into every folder
 * (~0.6 MB); the search page loads them from the first index's folder only, and Pagefind 1.6 starts a merged
 * index on the first index's WebAssembly (`mergeIndex` → `init(…, {load_wasm:false})`). A Pagefind that no
 * longer says so stops the build, since the parts' folders would then lack the WebAssembly it fetches.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a merged index fetches from its own folder. */
const KEPT = /^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/u;
/** Pagefind's own words for "a merged index does not load WebAssembly", in both scripts. */
const SHARED_WASM = '{load_wasm:false}';
const SCRIPTS = ['pagefind.js', 'pagefind-worker.js'];

/** Throws one line when the first index's scripts no longer start merged indexes on its WebAssembly. */
export function checkMergedIndexesShareWasm(primary: string): void {
  for (const script of SCRIPTS) {
    const file = join(primary, script);
    if (!readFileSync(file, 'utf8').includes(SHARED_WASM))
      throw new Error(
        `${relative(process.cwd(), file)}: Pagefind's mergeIndex no longer says ${SHARED_WASM}, so a part of the index may fetch its own WebAssembly, which the build removes — check this Pagefind version's mergeIndex and src/build/search/bundle.ts`,
      );
  }
}

/** Removes from a part's folder what the search page never fetches there. */
export function pruneProvinceBundle(primary: string, province: string): void {
  checkMergedIndexesShareWasm(primary);
  for (const name of readdirSync(province))
    if (!KEPT.test(name)) rmSync(join(province, name), { recursive: true, force: true });
}
