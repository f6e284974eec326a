import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { contentDir } from '../../model/layout.ts';
import { linkFirstUses } from '../glossary/link.ts';
import { GLOSSARY_FILE, glossarySchema } from '../../model/glossary.ts';
import { htmlFiles } from '../site-files.ts';
import { glossaryUrl } from '../../lib/urls.ts';

/**
 * Links the first use of each glossary term on every policy-text page to its entry (docs/finder.md).
 * Sätteri renders the MDX without plugins, so this runs on the built pages, before the search index.
 */
export function glossaryLinks(): AstroIntegration {
  return {
    name: 'glossary-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const entries = glossarySchema.parse(parse(readFileSync(join(resolve(contentDir), GLOSSARY_FILE), 'utf8')));
        const documents = join(fileURLToPath(dir), 'documents');
        let pages = 0;
        let links = 0;
        for (const file of htmlFiles(documents)) {
          const { html, linked } = linkFirstUses(readFileSync(file, 'utf8'), entries, glossaryUrl());
          writeFileSync(file, html);
          pages += 1;
          links += linked.length;
        }
        logger.info(`${links} first uses of ${entries.length} glossary terms linked on ${pages} policy pages`);
      },
    },
  };
}
