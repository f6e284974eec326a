/**
 * Reading an `astro build` log for the scale benchmark (scripts/bench.ts): when each phase ended (by the
 * time each line arrived), how long the pass over the built pages took (its search step logs it), and how
 * long each page took to render (Astro logs `├─ /path/index.html (+12ms)`).
 */
import { stripVTControlCharacters } from 'node:util';
import { groupBy } from '../../src/lib/group-by.ts';

export interface TimedLine {
  /** Seconds since the build started. */
  t: number;
  text: string;
}

export interface BuildPhases {
  /** Config loaded and content checked (the site-build integration checks it in astro:config:setup). */
  configSeconds?: number;
  /** The content layer read every collection. */
  syncSeconds?: number;
  /** Vite bundled the server and client code. */
  bundleSeconds?: number;
  /** Every page rendered and written (Astro's own figure). */
  renderSeconds?: number;
  /** After rendering, before the pass over the pages: the page count check, _redirects. */
  postRenderSeconds?: number;
  /** The one pass over the built pages (glossary links, Pagefind indexing, host files), as its search step measures it. */
  indexSeconds?: number;
  /** After the pass: the rest. */
  afterIndexSeconds?: number;
  /** When the pass began: from the index's own figure, or (a build stopped while indexing) the line before it. */
  indexStartSeconds?: number;
  totalSeconds: number;
}

export interface PageTiming {
  path: string;
  ms: number;
}

// Astro colours its output unless told not to; strip the escapes either way.
const stripAnsi = stripVTControlCharacters;

export function buildPhases(lines: readonly TimedLine[], totalSeconds: number): BuildPhases {
  const at = (re: RegExp, from = 0) => lines.slice(from).find((l) => re.test(stripAnsi(l.text)));
  const syncStart = at(/\[content\] Syncing content/u);
  const syncEnd = at(/\[content\] Synced content/u);
  const renderStart = at(/generating static routes/u);
  const renderStartIndex = renderStart ? lines.indexOf(renderStart) : 0;
  const renderEnd = renderStart ? at(/✓ Completed in /u, renderStartIndex) : undefined;
  const indexLine = at(/ pages indexed, .* in (\d+) ms/u);
  // The line before indexing began: the pass's opening line (older logs: the glossary's own line).
  const glossaryLine = at(/ first uses of \d+ glossary terms linked| one pass over the built pages/u);
  const indexMs = indexLine ? Number(/ in (\d+) ms/u.exec(stripAnsi(indexLine.text))![1]) : undefined;
  const renderSeconds = renderEnd ? astroSeconds(stripAnsi(renderEnd.text)) : undefined;
  const phases: BuildPhases = { totalSeconds };
  if (syncStart) phases.configSeconds = syncStart.t;
  if (syncStart && syncEnd) phases.syncSeconds = syncEnd.t - syncStart.t;
  if (syncEnd && renderStart) phases.bundleSeconds = renderStart.t - syncEnd.t;
  if (renderSeconds !== undefined) phases.renderSeconds = renderSeconds;
  if (indexLine && indexMs !== undefined) {
    phases.indexSeconds = indexMs / 1000;
    if (renderEnd) phases.postRenderSeconds = Math.max(0, indexLine.t - indexMs / 1000 - renderEnd.t);
    phases.afterIndexSeconds = Math.max(0, totalSeconds - indexLine.t);
    phases.indexStartSeconds = indexLine.t - indexMs / 1000;
  } else if (glossaryLine) phases.indexStartSeconds = glossaryLine.t;
  for (const key of Object.keys(phases) as (keyof BuildPhases)[]) phases[key] = round(phases[key]!);
  return phases;
}

/** "✓ Completed in 14.25s." / "in 850ms" / "in 2m 3s" → seconds (Astro's way of writing durations). */
export function astroSeconds(text: string): number | undefined {
  const m = /in (?:(\d+)m\s*)?([\d.]+)(m?s)/u.exec(text);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/** Every page Astro reports with its render time. */
export function pageTimings(lines: readonly TimedLine[]): PageTiming[] {
  const out: PageTiming[] = [];
  for (const l of lines) {
    const m = /[├└]─ (\S+) \(\+((?:\d+m\s*)?[\d.]+m?s)\)/u.exec(stripAnsi(l.text));
    const s = m ? astroSeconds(`in ${m[2]}`) : undefined;
    if (m && s !== undefined) out.push({ path: m[1]!, ms: Math.round(s * 1000) });
  }
  return out;
}

/** The kind of page a path is, for per-template figures: /lists/x/item-3/index.html → lists/item. */
export function pageKind(path: string): string {
  const parts = path
    .replace(/\/index\.html$|\.html$/u, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts[0] === 'lists' && parts.length === 3) return 'lists/item';
  if (parts[0] === 'compare' && parts.length >= 2)
    return parts[1] === 'topics' ? 'compare/topic' : `compare/${parts[1]}`;
  if (parts.length === 1) return `${parts[0]} (index)`;
  return parts[0]!;
}

export interface KindSummary {
  kind: string;
  pages: number;
  totalSeconds: number;
  meanMs: number;
  maxMs: number;
}

/** Render time per kind of page, largest total first. */
export function summarizeByKind(pages: readonly PageTiming[]): KindSummary[] {
  return [...groupBy(pages, (p) => pageKind(p.path))]
    .map(([kind, group]) => {
      const ms = group.map((p) => p.ms);
      const total = ms.reduce((x, y) => x + y, 0);
      return {
        kind,
        pages: ms.length,
        totalSeconds: round(total / 1000),
        meanMs: round(total / ms.length),
        maxMs: Math.max(...ms),
      };
    })
    .sort((a, b) => b.totalSeconds - a.totalSeconds);
}

const round = (x: number) => Math.round(x * 100) / 100;
