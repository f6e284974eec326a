import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A moved URL (content/redirects.yaml). */
export interface Redirect {
  from: string;
  to: string;
  reason: string;
}

/** The redirects data file; empty when there is none. */
export function readRedirects(contentDir: string): Redirect[] {
  const path = join(contentDir, 'redirects.yaml');
  return existsSync(path) ? ((parse(readFileSync(path, 'utf8')) as Redirect[] | null) ?? []) : [];
}

/** Astro's `redirects` option: each becomes a static page that forwards (meta refresh + canonical link). */
export function astroRedirects(redirects: Redirect[]): Record<string, string> {
  return Object.fromEntries(redirects.map((r) => [r.from, r.to]));
}

/** The `_redirects` file static hosts read (Netlify, Cloudflare Pages): permanent redirects. */
export function netlifyRedirects(redirects: Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
