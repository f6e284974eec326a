/**
 * The one pass over the built pages: each HTML file is read once, handed to every step in order, and
 * written back only when a step changed it. The steps: glossary links (change the policy pages), the
 * search index and the host files (read them). docs/architecture.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles, pagePath } from './site-files.ts';

export interface BuiltPage {
  /** The URL path: /, /documents/x/, /404.html. */
  readonly path: string;
  /** The page as the steps before this one left it. */
  html: string;
}

export interface PageStep {
  /** Sees every page in path order; may change `page.html`. */
  page(page: BuiltPage): void | Promise<void>;
  /** After the last page. */
  finish(): void | Promise<void>;
}

/** Walks every page of `dist` once, in sorted path order (a list page before its item pages). */
export async function passOverPages(dist: string, steps: PageStep[]): Promise<number> {
  const files = htmlFiles(dist).sort();
  for (const file of files) {
    const original = readFileSync(file, 'utf8');
    const page: BuiltPage = { path: pagePath(dist, file), html: original };
    for (const step of steps) await step.page(page);
    if (page.html !== original) writeFileSync(file, page.html);
  }
  for (const step of steps) await step.finish();
  return files.length;
}
