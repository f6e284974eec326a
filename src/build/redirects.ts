/** Moved URLs (content/redirects.yaml, docs/urls.md) as Astro and static hosts want them. */
import { formerItemRedirects } from '../lib/versions/redirects.ts';
import { contentLabel } from '../model/layout.ts';
import { readCollection, readTable } from '../model/read.ts';
import type { Redirect } from '../model/site-data.ts';

/**
 * Every redirect of the content: the redirects data file, validated (empty when there is none; the content check
 * reports an invalid one), and the item pages a newer list no longer has (docs/versions.md).
 */
export function readRedirects(contentDir: string): Redirect[] {
  const label = contentLabel(contentDir);
  const versions = readCollection(contentDir, label, 'listVersions').entries;
  const former = formerItemRedirects(
    readCollection(contentDir, label, 'lists').entries.map((l) => ({
      list: l.file.id,
      numbers: l.data.items.map((i) => i.number),
      versions: versions
        .filter((v) => v.file.id.startsWith(`${l.file.id}/`))
        .map((v) => ({
          key: v.data.version.key,
          number: v.data.version.number,
          items: v.data.items.map((i) => i.number),
        })),
    })),
  );
  return [...(readTable(contentDir, label, 'redirects').rows ?? []), ...former];
}

/** Astro's `redirects` option: each becomes a static page that forwards (meta refresh + canonical link). */
export function astroRedirects(redirects: Redirect[]): Record<string, string> {
  return Object.fromEntries(redirects.map((r) => [r.from, r.to]));
}

/** The `_redirects` file static hosts read (Netlify, Cloudflare Pages): permanent redirects. */
export function netlifyRedirects(redirects: Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
