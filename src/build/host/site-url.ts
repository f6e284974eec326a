/**
 * The site's public address, for canonical links, the sitemap, robots.txt and structured data
 * (docs/quality.md). A host sets SITE_URL at build time; without it the site describes itself at the
 * address `npm start` serves it on, so a local build never claims a domain it is not on.
 */
export const LOCAL_SITE = 'http://127.0.0.1:4321/';

export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  if (value === undefined || value.trim() === '') return LOCAL_SITE;
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
