/**
 * content/redirects.yaml (docs/urls.md): each old path forwards once, straight to a page that exists.
 * Refused: a `from` that is a live page (the redirect would hide it), a `from` listed twice, a `to` equal to
 * its own `from`, a `to` that is itself redirected (a chain, or a loop back) — chains are refused, not
 * flattened, so the file says exactly what the host does — and a `to` that is neither a live page nor
 * listed in the URL manifest (or names an anchor its document does not have).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../model/read.ts';
import type { Redirect } from '../../model/site-data.ts';
import { parseManifest } from '../manifest.ts';
import type { Report } from './report.ts';

/** The content's URL manifest (every published URL and anchor), beside its other files. */
const MANIFEST_FILE = 'url-manifest.txt';

export interface RedirectTargets {
  /** A path the content builds a page for (src/build/routes.ts). */
  isLive: (path: string) => boolean;
  /** URLs and anchors listed in the URL manifest. */
  listed: ReadonlySet<string>;
  /** How messages name the manifest (content/url-manifest.txt). */
  manifest: string;
  /** The anchors of a live page, when they are known (documents); undefined when they are not. */
  anchorsOf: (path: string) => ReadonlySet<string> | undefined;
}

export interface RedirectProblem {
  /** The entry's place in the file (from 0, as the YAML path counts). */
  index: number;
  field: 'from' | 'to';
  message: string;
}

const pathOf = (url: string) => url.replace(/#.*$/u, '');

export function redirectProblems(redirects: readonly Redirect[], targets: RedirectTargets): RedirectProblem[] {
  const problems: RedirectProblem[] = [];
  const first = new Map<string, number>();
  redirects.forEach((r, i) => {
    if (!first.has(r.from)) first.set(r.from, i);
  });
  redirects.forEach((r, index) => {
    const problem = (field: RedirectProblem['field'], message: string) => problems.push({ index, field, message });
    const earlier = first.get(r.from)!;
    if (earlier !== index) {
      problem('from', `"${r.from}" is already redirected by entry ${earlier} — keep one entry per old path`);
      return;
    }
    if (targets.isLive(r.from)) {
      problem(
        'from',
        `"${r.from}" is a page the content builds: a redirect would hide it — remove the entry, or give it the path of a page that no longer exists`,
      );
    }
    const to = pathOf(r.to);
    if (to === r.from) {
      problem('to', `"${r.to}" is the entry's own from — point it at the page that replaced "${r.from}"`);
      return;
    }
    if (first.has(to)) {
      // Follow the chain to where it ends, or back to where it started.
      const seen = [r.from, to];
      let next = to;
      while (first.has(next)) {
        next = pathOf(redirects[first.get(next)!]!.to);
        if (seen.includes(next)) break;
        seen.push(next);
      }
      if (seen.includes(next) && next !== seen[seen.length - 1])
        problem(
          'to',
          `"${r.to}" is redirected again and the chain comes back (${[...seen, next].join(' → ')}): a loop — point each entry at a live page`,
        );
      else
        problem(
          'to',
          `"${r.to}" is itself redirected (entry ${first.get(to)}), to "${next}" — point this entry at "${next}" directly: a host follows one redirect, not a chain`,
        );
      return;
    }
    if (!targets.isLive(to) && !targets.listed.has(r.to) && !targets.listed.has(to)) {
      problem(
        'to',
        `"${r.to}" is neither a page the content builds nor listed in ${targets.manifest} — point it at an existing page (docs/urls.md)`,
      );
      return;
    }
    const anchor = r.to.includes('#') ? r.to.slice(r.to.indexOf('#') + 1) : '';
    const anchors = targets.anchorsOf(to);
    if (anchor && anchors && !anchors.has(anchor) && !targets.listed.has(r.to))
      problem('to', `"#${anchor}" is not an anchor of ${to} — use one of its anchors, or the page alone`);
  });
  return problems;
}

/** The redirects of the content, checked against the pages it builds and its URL manifest. */
export function checkRedirects(
  content: Content,
  dir: string,
  targets: Omit<RedirectTargets, 'listed' | 'manifest'>,
  report: Report,
): void {
  const { file, rows } = content.redirects;
  if (!file || !rows) return;
  const manifest = join(dir, MANIFEST_FILE);
  const listed = new Set(existsSync(manifest) ? parseManifest(readFileSync(manifest, 'utf8')) : []);
  const problems = redirectProblems(rows, { ...targets, listed, manifest: `${content.label}/${MANIFEST_FILE}` });
  for (const p of problems) report(file, `${p.index}.${p.field}: ${p.message}`);
}
