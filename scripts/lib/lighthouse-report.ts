/**
 * Pure helpers of the Lighthouse benchmark (scripts/bench-lighthouse.ts): medians, the scores table,
 * the list of audits that did not score 1 with their reasons, and rewriting the marked section of
 * docs/lighthouse.md. They take the parts of a Lighthouse result they need, so tests can feed them
 * small objects.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The parts of a Lighthouse result (LH.Result) read here. */
export interface AuditLike {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  explanation?: string;
  errorMessage?: string;
  numericValue?: number;
  details?: unknown;
}
export interface ResultLike {
  audits: Record<string, AuditLike>;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
}

/** One audit that did not score 1 on a page. */
export interface Finding {
  id: string;
  title: string;
  category: Category;
  /** 0–100. */
  score: number;
  /** Whether it counts towards the category score (weight > 0). */
  weighted: boolean;
  reason: string;
}

export interface PageResult {
  path: string;
  /** 0–100, the median over the runs. */
  scores: Record<Category, number>;
  /** The metrics of the run whose performance score is the median. */
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; siMs: number };
  findings: Finding[];
  /** Scored audits of the SEO category that did not apply (e.g. robots-txt when there is no robots.txt). */
  seoNotApplicable: string[];
  /** Requests that went to another origin than the local server (should be none). */
  external: string[];
}

export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The index of the item whose value is nearest the median (the first one on a tie). */
export function medianIndex(xs: number[]): number {
  const m = median(xs);
  let best = 0;
  xs.forEach((x, i) => {
    if (Math.abs(x - m) < Math.abs(xs[best]! - m)) best = i;
  });
  return best;
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * What an audit's details point at: DOM nodes (selector, and axe's explanation, e.g. the contrast
 * ratio and colours) and URLs (as paths when they are on `origin`), in order, without repeats.
 */
function detailTargets(details: unknown, origin = ''): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'node' && typeof o.selector === 'string') {
      const why =
        typeof o.explanation === 'string'
          ? ` — ${clip(collapse(o.explanation.replace(/^Fix (any|all) of the following:/u, '')), 220)}`
          : '';
      const label = typeof o.nodeLabel === 'string' ? ` “${clip(collapse(o.nodeLabel), 40)}”` : '';
      out.add(`\`${o.selector}\`${label}${why}`);
      return;
    }
    if (typeof o.url === 'string' && /^(https?|data|blob):/u.test(o.url)) {
      out.add(origin && o.url.startsWith(origin) ? o.url.slice(origin.length) || '/' : clip(o.url, 120));
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'headings' && typeof child === 'object') walk(child);
  };
  walk(details);
  return [...out];
}

/** Metrics whose elements another audit names: the shifted elements, the LCP element. */
const CULPRITS: Record<string, string> = {
  'cumulative-layout-shift': 'cls-culprits-insight',
  'largest-contentful-paint': 'lcp-breakdown-insight',
};

/** Every audit of the four categories with a numeric score below 1, with why. */
export function findings(lhr: ResultLike, origin = '', maxTargets = 8): Finding[] {
  const found: Finding[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      const culprits = CULPRITS[a.id] ? lhr.audits[CULPRITS[a.id]!]?.details : undefined;
      const targets = detailTargets([a.details, culprits], origin);
      const parts = [a.displayValue, a.explanation, a.errorMessage].filter((s): s is string => !!s).map(collapse);
      if (targets.length) {
        const more = targets.length > maxTargets ? `; … ${targets.length - maxTargets} more` : '';
        parts.push(`${targets.slice(0, maxTargets).join('; ')}${more}`);
      }
      found.push({
        id: a.id,
        title: a.title,
        category,
        score: Math.round(a.score * 100),
        weighted: ref.weight > 0,
        reason: parts.join(' — ') || '(no details)',
      });
    }
  }
  return found;
}

/** Ids of SEO audits that did not apply to the page (worth knowing: robots-txt, canonical, hreflang …). */
export function notApplicable(lhr: ResultLike, category: Category): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((r) => lhr.audits[r.id]?.scoreDisplayMode === 'notApplicable')
    .map((r) => r.id);
}

const TARGET: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export function missesTarget(p: PageResult): Category[] {
  return CATEGORIES.filter((c) => p.scores[c] < TARGET[c]);
}

const ms = (x: number) => `${Math.round(x).toLocaleString('en')}`;

export function scoresTable(pages: PageResult[]): string {
  const lines = [
    '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const p of pages) {
    const s = CATEGORIES.map((c) => (p.scores[c] < TARGET[c] ? `**${p.scores[c]}**` : String(p.scores[c])));
    const m = p.metrics;
    lines.push(
      `| \`${p.path}\` | ${s.join(' | ')} | ${ms(m.fcpMs)} | ${ms(m.lcpMs)} | ${ms(m.tbtMs)} | ${m.cls.toFixed(3)} |`,
    );
  }
  return lines.join('\n');
}

const cell = (s: string) => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

/** The audits below 1 per page, as Markdown. */
export function findingsList(pages: PageResult[]): string {
  const out: string[] = [];
  for (const p of pages) {
    out.push(`- \`${p.path}\`${p.findings.length ? '' : ': every scored audit at 1'}`);
    for (const f of p.findings) {
      const weight = f.weighted ? '' : ', not weighted';
      out.push(`  - ${f.category} · \`${f.id}\` (${f.score}${weight}) ${f.title}: ${cell(f.reason)}`);
    }
    if (p.seoNotApplicable.length)
      out.push(`  - SEO audits not applicable: ${p.seoNotApplicable.map((id) => `\`${id}\``).join(', ')}`);
    if (p.external.length) out.push(`  - **requests outside the local server**: ${p.external.join(', ')}`);
  }
  return out.join('\n');
}

/** Replaces the text between the `begin` and `end` marker lines (kept) with `body`. */
export function replaceSection(text: string, begin: string, end: string, body: string): string {
  const a = text.indexOf(begin);
  const b = text.indexOf(end, a + begin.length);
  if (a < 0 || b < 0) throw new Error(`markers ${begin} … ${end} not found`);
  return `${text.slice(0, a + begin.length)}\n${body.trim()}\n${text.slice(b)}`;
}
