/** Moved URLs (content/redirects.yaml, docs/urls.md) as Astro and static hosts want them. */
import { contentLabel } from '../model/layout.ts';
import { readCollection, readTable } from '../model/read.ts';
import type { Redirect } from '../model/site-data.ts';
import { versionRedirects } from './version-redirects.ts';

/**
 * Every redirect of the content: the redirects data file, validated (empty when there is none; the content check
 * reports an invalid one), and the item pages a newer list no longer has (docs/versions.md).
 */
export function readRedirects(contentDir: string): Redirect[] {
  const label = contentLabel(contentDir);
  const derived = versionRedirects({
    lists: readCollection(contentDir, label, 'lists'),
    listVersions: readCollection(contentDir, label, 'listVersions'),
    sources: readTable(contentDir, label, 'sources'),
  });
  return [...(readTable(contentDir, label, 'redirects').rows ?? []), ...derived];
}

/** Astro's `redirects` option: each becomes a static page that forwards (meta refresh + canonical link). */
export function astroRedirects(redirects: Redirect[]): Record<string, string> {
  return Object.fromEntries(redirects.map((r) => [r.from, r.to]));
}

/** The `_redirects` file static hosts read (Netlify, Cloudflare Pages): permanent redirects. */
export function netlifyRedirects(redirects: Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
