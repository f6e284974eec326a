import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseFriendly } from '../../model/friendly-errors.ts';
import { readDataFile } from '../../model/read.ts';
import { contentDir } from '../../model/layout.ts';
import { ALIASES_FILE, aliasesSchema, type AliasGroup } from '../../lib/search/aliases.ts';
import { enrichForIndex } from '../search/enrich.ts';
import { ITEM_PAGE } from '../../lib/search/item-facts.ts';
import { foldItems, type ItemPage } from '../search/records.ts';
import { htmlFiles, pagePath } from '../site-files.ts';
import { parseItemSegment } from '../../lib/urls.ts';

/** The folder under dist/ that holds the index and Pagefind's scripts. */
export const SEARCH_BUNDLE = 'pagefind';

function readAliases(): AliasGroup[] {
  const dir = resolve(contentDir);
  if (!existsSync(join(dir, ALIASES_FILE))) return [];
  const parsed = parseFriendly(aliasesSchema, readDataFile(dir, 'content', ALIASES_FILE).data);
  if ('errors' in parsed) throw new Error(`${ALIASES_FILE}: ${parsed.errors.join('; ')}`); // checkContent reported it first
  return parsed.data;
}

/** The item pages beside a list page (dir/item-N/index.html), in item order, that mark a data-pagefind-body. */
function itemPages(dir: string): ItemPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => ({ name: e.name, n: e.isDirectory() ? parseItemSegment(e.name) : null }))
    .filter((e): e is { name: string; n: number } => e.n !== null && existsSync(join(dir, e.name, 'index.html')))
    .sort((a, b) => a.n - b.n)
    .map((e) => ({ anchor: e.name, html: readFileSync(join(dir, e.name, 'index.html'), 'utf8') }))
    .filter((p) => p.html.includes('data-pagefind-body'));
}

/**
 * Builds the Pagefind index over the built pages that mark a data-pagefind-body (docs/search.md),
 * one Pagefind page each, with a list's item pages folded into the list's (src/build/search/records.ts),
 * after adding the vocabulary's other wordings to the copy it indexes. Fails the build when the
 * index holds a different number of pages than the content calls for.
 */
export function searchIndex(expectedPages: () => number): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const aliases = readAliases();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        let folded = 0;
        let enriched = 0;
        for (const file of htmlFiles(dist).sort()) {
          const url = pagePath(dist, file);
          if (ITEM_PAGE.test(url)) continue; // folded into its list's record below
          let html = readFileSync(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const items = itemPages(dirname(file));
          html = foldItems(html, items);
          folded += items.length;
          const vocabulary = html.includes('data-search-vocabulary="off"') ? [] : aliases;
          const { html: content, added } = enrichForIndex(html, vocabulary);
          const result = await index.addHTMLFile({ url, content });
          if (result.errors.length) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
          if (added.length) enriched += 1;
          pages += 1;
        }
        const outputPath = join(dist, SEARCH_BUNDLE);
        rmSync(outputPath, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        if (pages + folded !== expectedPages()) {
          throw new Error(`The search index holds ${pages} pages and ${folded} list items but the content calls for ${expectedPages()} searchable pages: a page lost its data-pagefind-body`);
        }
        logger.info(`${pages} pages indexed, ${folded} list items folded into their lists (${enriched} pages with added wordings from ${aliases.length} vocabulary groups) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
