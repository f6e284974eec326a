/**
 * The files a static host reads besides the pages (docs/quality.md): sitemap.xml, robots.txt and
 * _headers (Netlify / Cloudflare Pages format), and the parser the local server uses to apply them.
 */
import { absoluteUrl } from './site-url.ts';

const escapeXml = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** A sitemap of the given site paths, sorted, each as an absolute URL. */
export function sitemapXml(site: string, paths: readonly string[]): string {
  const urls = [...new Set(paths)].sort().map((p) => `  <url><loc>${escapeXml(absoluteUrl(site, p))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Everything may be crawled; the sitemap is named by its absolute URL, as the format requires — so without a
 * site address (no SITE_URL) there is no sitemap and no Sitemap line.
 */
export const robotsTxt = (site: string | undefined): string =>
  `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${absoluteUrl(site, '/sitemap.xml')}\n` : ''}`;

/** Directive name → sources, in the order first seen; a directive named twice gets the sources of both. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (!name) continue;
    const known = directives.get(name.toLowerCase()) ?? [];
    for (const s of sources) if (!known.includes(s)) known.push(s);
    directives.set(name.toLowerCase(), known);
  }
  return directives;
}

/**
 * One policy that allows what each page's own policy allows: the union of each directive's sources
 * (Astro writes a policy per page, with the hashes of that page's scripts and styles). A header policy
 * and a page's <meta> policy are both enforced, so the header must allow everything a page's allows.
 * `extra` directives (e.g. frame-ancestors, which a <meta> policy cannot set) are added.
 */
export function mergeCsp(policies: readonly string[], extra: readonly string[] = []): string {
  return [...parseCsp([...policies, ...extra].join(';'))]
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export type HeaderRule = { pattern: string; headers: [string, string][] };

/** The _headers file: one rule per path pattern, each header indented under it. */
export const formatHeaders = (rules: readonly HeaderRule[]): string =>
  rules.map((r) => `${r.pattern}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('\n');

/** Reads a _headers file; `*` in a pattern matches any run of characters. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers that apply to a path: every matching rule's, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
        .join('.*')}$`,
      'u',
    );
    if (pattern.test(path)) for (const [k, v] of rule.headers) out[k.toLowerCase()] = v;
  }
  return out;
}
