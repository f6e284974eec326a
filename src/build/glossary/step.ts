/** The glossary step of the page pass: first uses of each term on the policy pages link to its entry (docs/finder.md). */
import type { GlossaryEntry } from '../../model/glossary.ts';
import { glossaryUrl } from '../../lib/urls.ts';
import type { PageStep } from '../page-pass.ts';
import { linkFirstUses } from './link.ts';

export function glossaryStep(entries: readonly GlossaryEntry[]): PageStep & { summary: () => string } {
  let pages = 0;
  let links = 0;
  return {
    page(page) {
      if (!page.path.startsWith('/documents/')) return;
      const { html, linked } = linkFirstUses(page.html, entries, glossaryUrl());
      page.html = html;
      pages += 1;
      links += linked.length;
    },
    finish() {},
    summary: () => `${links} first uses of ${entries.length} glossary terms linked on ${pages} policy pages`,
  };
}
