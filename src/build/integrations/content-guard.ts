import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, describeSummary, type ContentSummary } from '../checks/check.ts';
import { contentDir } from '../../model/layout.ts';
import { netlifyRedirects, type Redirect } from '../redirects.ts';

/**
 * Fails the build on bad content before Astro renders anything (Astro itself only logs a dangling
 * reference and exits 0) with the content check's messages (file: field: what is wrong — what to do),
 * and afterwards on a page count that differs from the content's: a render error that Astro logged and
 * swallowed shows up as a missing page.
 */
export function contentGuard(redirects: Redirect[]): AstroIntegration & { summary: () => ContentSummary } {
  let summary: ContentSummary;
  return {
    /** What the content calls for; known once the config is set up. */
    summary: () => summary,
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const result = checkContent(resolve(contentDir), contentDir.replace(/^\.\//u, ''));
        if (result.errors.length > 0) {
          throw new Error(`Content check failed:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
        }
        summary = result.summary;
        logger.info(describeSummary(summary));
      },
      'astro:build:done': ({ dir, pages }) => {
        const built = pages.length - redirects.length;
        if (built !== summary.expectedPages) {
          throw new Error(`Built ${built} pages but the content calls for ${summary.expectedPages}: a page failed to render — read the log above`);
        }
        writeFileSync(resolve(fileURLToPath(dir), '_redirects'), netlifyRedirects(redirects));
      },
    },
  };
}
