/**
 * Size budgets of the built site (docs/quality.md), measured on the files as built and compressed with
 * brotli at its highest quality, as a static host would send them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, isRedirectPage } from './dist.ts';

const brotli = (text: string | Buffer): number =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const KB = 1024;

/** Budgets from issue 6. */
const CSS_BUDGET = 20 * KB;
const DOM_BUDGET = 1_500;
/** A document this long (characters of policy text) may exceed the DOM budget: “all but the longest documents”. */
const LONG_DOCUMENT = 20_000;
const htmlBudget = (textBytes: number) => 1.5 * textBytes + 10 * KB;
/** Each page's own JavaScript (Pagefind's, fetched when a visitor searches, aside): the search page's is ~3 kB. */
const JS_BUDGET = 10 * KB;

/** The script files a page loads: its module scripts and, transitively, the chunks they import. */
function scriptFiles(html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/gu))
      visit(join(dirname(file), m[1]!));
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="(\/_astro\/[^"]+)"/gu)) visit(join(DIST, m[1]!));
  return [...seen];
}

describe('budgets', () => {
  const pages = builtPages().filter((p) => !isRedirectPage(p));

  it(`sends at most ${CSS_BUDGET / KB} kB of CSS (brotli) for the whole site, stylesheets and <style> elements together`, () => {
    const files = readdirSync(join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'));
    const inline = new Set(pages.flatMap((p) => p.root.querySelectorAll('style').map((s) => s.textContent)));
    const total = brotli([...files, ...inline].join('\n'));
    console.log(
      `CSS: ${files.length} file(s) and ${inline.size} distinct <style> element(s), ${(total / KB).toFixed(1)} kB brotli`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it('keeps each document page within 1.5 × the brotli size of its own text + 10 kB', () => {
    const documents = pages.filter((p) => p.path.startsWith('/documents/'));
    expect(documents.length).toBeGreaterThan(0);
    for (const p of documents) {
      const text = p.root.querySelector('article.source-text')!.textContent;
      const sent = brotli(p.html);
      const own = brotli(text);
      console.log(
        `${p.path}: ${(sent / KB).toFixed(1)} kB sent for ${(own / KB).toFixed(1)} kB of text (budget ${(htmlBudget(own) / KB).toFixed(1)} kB)`,
      );
      expect(sent, p.path).toBeLessThanOrEqual(htmlBudget(own));
    }
  });

  it(`sends at most ${JS_BUDGET / KB} kB of its own JavaScript (brotli) with any page`, () => {
    const sizes = pages.map((p) => {
      const inline = [...p.html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)]
        .map((m) => m[1])
        .join('\n');
      return {
        path: p.path,
        bytes: scriptFiles(p.html).reduce((sum, f) => sum + brotli(readFileSync(f)), 0) + brotli(inline),
      };
    });
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`JavaScript: largest ${largest.path} ${(largest.bytes / KB).toFixed(1)} kB brotli`);
    expect(sizes.filter((x) => x.bytes > JS_BUDGET)).toEqual([]);
  });

  it(`builds no page of more than ${DOM_BUDGET} elements, but the longest documents`, () => {
    const sizes = pages
      .map((p) => ({
        path: p.path,
        elements: p.root.querySelectorAll('*').length,
        long:
          p.path.startsWith('/documents/') &&
          (p.root.querySelector('article.source-text')?.textContent.length ?? 0) >= LONG_DOCUMENT,
      }))
      .sort((a, b) => b.elements - a.elements);
    console.log(
      `DOM: largest ${sizes
        .slice(0, 3)
        .map((s) => `${s.path} ${s.elements}`)
        .join(', ')}`,
    );
    expect(
      sizes.filter((s) => s.elements > DOM_BUDGET && !s.long).map((s) => `${s.path}: ${s.elements} elements`),
    ).toEqual([]);
  });
});
