/**
 * The site's public address, for canonical links, the sitemap, robots.txt's Sitemap line and the url fields of
 * the structured data (docs/quality.md). A host sets SITE_URL at build time. Without it there is no address:
 * the build writes none of those (no canonical links, no sitemap.xml, …) rather than claim a local or guessed
 * one, so a dist/ built without SITE_URL and published anyway names no wrong origin.
 */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL: "${value}" is not an address — write the site's origin, e.g. https://example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${value}" must start with https:// (or http:// for a local build)`);
  }
  if (url.search || url.hash || url.pathname !== '/') {
    throw new Error(
      `SITE_URL: "${value}" must be the origin alone, e.g. ${url.origin}/ — the site is served from the root`,
    );
  }
  return `${url.origin}/`;
}

/** The absolute address of a site path, e.g. /documents/x/ → https://host/documents/x/. */
export const absoluteUrl = (site: string, path: string): string => new URL(path, site).href;
