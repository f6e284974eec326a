// The pure helpers of the Lighthouse benchmark (scripts/lib/lighthouse-report.ts).
import { describe, expect, it } from 'vitest';
import { findings, median, medianIndex, notApplicable, replaceSection, type ResultLike } from '../../scripts/lib/lighthouse-report.ts';

const origin = 'http://127.0.0.1:4321';
const lhr: ResultLike = {
  categories: {
    performance: { score: 0.99, auditRefs: [{ id: 'cumulative-layout-shift', weight: 25 }, { id: 'render-blocking-insight', weight: 0 }] },
    accessibility: { score: 0.9, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'bypass', weight: 0 }] },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: 1, auditRefs: [{ id: 'robots-txt', weight: 0 }, { id: 'canonical', weight: 0 }] },
  },
  audits: {
    'cumulative-layout-shift': { id: 'cumulative-layout-shift', title: 'CLS', score: 0.97, scoreDisplayMode: 'numeric', displayValue: '0.067' },
    'cls-culprits-insight': {
      id: 'cls-culprits-insight', title: 'culprits', score: 1, scoreDisplayMode: 'informative',
      details: { type: 'list', items: [{ type: 'table', items: [{ node: { type: 'text', value: 'Total' } }, { node: { type: 'node', selector: 'main > section', nodeLabel: '暂时不能回答的地区' } }] }] },
    },
    'render-blocking-insight': {
      id: 'render-blocking-insight', title: 'Render-blocking requests', score: 0, scoreDisplayMode: 'metricSavings', displayValue: 'Est savings of 90 ms',
      details: { type: 'table', headings: [{ key: 'url' }], items: [{ url: `${origin}/_astro/Base.css` }, { url: `${origin}/_astro/Base.css` }] },
    },
    'color-contrast': {
      id: 'color-contrast', title: 'Contrast', score: 0, scoreDisplayMode: 'binary',
      details: { type: 'table', items: [{ node: { type: 'node', selector: 'a.muted', explanation: 'Fix any of the following:\n  Element has insufficient color contrast of 3.1' } }] },
    },
    bypass: { id: 'bypass', title: 'Skip link', score: null, scoreDisplayMode: 'notApplicable' },
    'errors-in-console': { id: 'errors-in-console', title: 'Console', score: 1, scoreDisplayMode: 'binary' },
    'robots-txt': { id: 'robots-txt', title: 'robots.txt', score: null, scoreDisplayMode: 'notApplicable' },
    canonical: { id: 'canonical', title: 'canonical', score: 1, scoreDisplayMode: 'binary' },
  },
};

describe('lighthouse report helpers', () => {
  it('takes medians, and the run nearest the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([100, 90])).toBe(95);
    expect(medianIndex([90, 100, 95])).toBe(2);
    expect(() => median([])).toThrow();
  });

  it('lists every scored audit below 1 with what it points at', () => {
    const found = findings(lhr, origin);
    expect(found.map((f) => [f.category, f.id, f.score, f.weighted])).toEqual([
      ['performance', 'cumulative-layout-shift', 97, true],
      ['performance', 'render-blocking-insight', 0, false],
      ['accessibility', 'color-contrast', 0, true],
    ]);
    expect(found[0]!.reason).toBe('0.067 — `main > section` “暂时不能回答的地区”');
    expect(found[1]!.reason).toBe('Est savings of 90 ms — /_astro/Base.css');
    expect(found[2]!.reason).toBe('`a.muted` — Element has insufficient color contrast of 3.1');
    expect(notApplicable(lhr, 'seo')).toEqual(['robots-txt']);
  });

  it('rewrites only the marked section', () => {
    const doc = '# T\n\n<!-- b -->\nold\n<!-- e -->\nafter\n';
    expect(replaceSection(doc, '<!-- b -->', '<!-- e -->', 'new\n')).toBe('# T\n\n<!-- b -->\nnew\n<!-- e -->\nafter\n');
    expect(() => replaceSection('no markers', '<!-- b -->', '<!-- e -->', 'x')).toThrow(/not found/u);
  });
});
