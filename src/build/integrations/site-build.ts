/**
 * The build's own steps around Astro's (docs/architecture.md):
 * - when the config is set up, the content check over the content read once (src/model/read.ts): bad
 *   content stops the build with the check's own lines (file: field: what is wrong — what to do), before
 *   Astro renders anything (Astro itself only logs a dangling reference and exits 0); what was read is
 *   handed to the collections (src/build/content-loader.ts) and the redirects to Astro;
 * - when the pages are written, a page count (or a count of feeds) that differs from the content's fails the
 *   build (a render error that Astro logged and swallowed shows up as a missing page), then one pass over the built
 *   pages adds the glossary links, builds the search index and writes the host files.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDate } from '../../model/build-date.ts';
import { contentDir, contentLabel } from '../../model/layout.ts';
import type { Redirect } from '../../model/site-data.ts';
import { checkContent, describeSummary, type ContentSummary } from '../checks/index.ts';
import { shareContent } from '../content-loader.ts';
import { glossaryStep } from '../glossary/step.ts';
import { hostFilesStep } from '../host/step.ts';
import { passOverPages } from '../page-pass.ts';
import { astroRedirects, netlifyRedirects } from '../redirects.ts';
import { expectedFeeds } from '../routes.ts';
import { readOverride, SEARCH_INDEX_ENV } from '../search/layout.ts';
import { regionsAbove } from '../search/regions.ts';
import { searchStep, type SearchInputs } from '../search/step.ts';
import { feedPaths } from '../site-files.ts';
import type { GlossaryEntry } from '../../model/glossary.ts';
import { finderRegionUrl } from '../../lib/urls.ts';

export function siteBuild(): AstroIntegration {
  let summary: ContentSummary;
  let redirects: Redirect[] = [];
  let glossary: GlossaryEntry[] = [];
  let searchInputs: Omit<SearchInputs, 'glossary'>;
  /** The public address (SITE_URL); undefined when the build names none (docs/quality.md). */
  let site: string | undefined;
  return {
    name: 'site-build',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        // One build date for every page (docs/lifecycle.md): SITE_TODAY as given, else today in China, fixed here.
        try {
          process.env.SITE_TODAY = buildDate();
        } catch (error) {
          console.error((error as Error).message);
          process.exit(1);
        }
        try {
          // A SEARCH_INDEX that is no layout stops the build before rendering, in one line (docs/search.md).
          readOverride(process.env[SEARCH_INDEX_ENV]);
        } catch (error) {
          console.error((error as Error).message);
          process.exit(1);
        }
        const result = checkContent(resolve(contentDir), contentLabel());
        if (result.errors.length > 0) {
          // The check's own lines, without a stack trace around them: each names the file, the field and the fix.
          console.error(
            `Content check failed (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n${result.errors.map((e) => `  ${e}`).join('\n')}`,
          );
          process.exit(1);
        }
        const { content } = result;
        summary = result.summary;
        // content/redirects.yaml, and the item pages a newer list no longer has (docs/versions.md).
        redirects = [...(content.redirects.rows ?? []), ...result.versionRedirects];
        glossary = content.glossary.rows ?? [];
        const regions = content.regions.entries.map((r) => r.data);
        const nameOf = new Map(regions.map((r) => [r.slug, r.name]));
        searchInputs = {
          aliases: content.aliases.rows ?? [],
          everyday: content.everyday.rows ?? [],
          regionsAbove: regionsAbove(regions),
          provinceSlugs: Object.fromEntries(regions.filter((r) => r.level === 'province').map((r) => [r.name, r.slug])),
          finders: Object.fromEntries(
            summary.finderRegions.map((slug) => [nameOf.get(slug) ?? slug, finderRegionUrl(slug)]),
          ),
        };
        shareContent(contentDir, content);
        updateConfig({ redirects: astroRedirects(redirects) });
        logger.info(describeSummary(summary));
        logger.info(`statuses and validity as of ${process.env.SITE_TODAY}`);
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (!site)
          logger.info(
            'SITE_URL is not set: no canonical links, no sitemap.xml, no Sitemap line in robots.txt and no url in the structured data (set SITE_URL=https://… to build for a host, docs/quality.md)',
          );
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        // Astro 7 leaves the redirect stubs out of `pages` already.
        if (pages.length !== summary.expectedPages) {
          // One line, as the content check's: a stack trace of this hook would say nothing about the missing page.
          logger.error(
            `Built ${pages.length} pages but the content calls for ${summary.expectedPages}: a page failed to render — read the log above`,
          );
          process.exit(1);
        }
        const dist = fileURLToPath(dir);
        const feeds = feedPaths(dist).length;
        if (feeds !== expectedFeeds(summary, site !== undefined)) {
          logger.error(
            `Wrote ${feeds} feeds but the content calls for ${expectedFeeds(summary, site !== undefined)} (the site's and one per region, with SITE_URL only): read the log above`,
          );
          process.exit(1);
        }
        writeFileSync(join(dist, '_redirects'), netlifyRedirects(redirects));
        logger.info('one pass over the built pages: glossary links, search index, host files');
        const links = glossaryStep(glossary);
        const search = await searchStep(dist, { ...searchInputs, glossary }, summary.searchablePages);
        const host = hostFilesStep(
          dist,
          site,
          redirects.map((r) => r.from),
        );
        // In this order: the index reads the pages with their glossary links.
        const read = await passOverPages(dist, [links, search, host]);
        logger.info(links.summary());
        logger.info(search.summary());
        logger.info(`${read} pages read once after rendering`);
      },
    },
  };
}
