/**
 * A page's absolute public address, for its canonical link and structured data: the site path at the site's
 * address (Astro.site, from SITE_URL), or nothing when the build has no SITE_URL (docs/quality.md).
 */
export const publicUrl = (path: string, site: URL | string | undefined): string | undefined =>
  site === undefined ? undefined : new URL(path, site).href;
