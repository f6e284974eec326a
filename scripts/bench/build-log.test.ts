import { describe, expect, it } from 'vitest';
import { astroSeconds, buildPhases, pageKind, pageTimings, summarizeByKind, type TimedLine } from './build-log.ts';

const log: TimedLine[] = [
  { t: 9, text: '22:49:24 [content] Syncing content' },
  { t: 11, text: '22:49:26 [content] Synced content' },
  { t: 20, text: '22:49:29 \u001b[42m generating static routes \u001b[49m' },
  { t: 21, text: '22:49:30   ├─ /documents/a/index.html (+35ms) ' },
  { t: 22, text: '22:49:30   ├─ /lists/b/item-3/index.html (+2ms) ' },
  { t: 22, text: '22:49:30   ├─ /compare/services/index.html (+1.2s) ' },
  { t: 22, text: '22:49:30   └─ /compare/index.html (+2m 56s) ' },
  { t: 34, text: '22:49:43 ✓ Completed in 14.25s.' },
  { t: 38, text: '22:49:43 [glossary-links] 3028 first uses of 16 glossary terms linked on 300 policy pages' },
  {
    t: 121,
    text: '22:51:05 [search-index] 932 pages indexed, 7476 list items folded into their lists (640 pages with added wordings from 28 vocabulary groups) in 82022 ms',
  },
];

describe('buildPhases', () => {
  it('reads each phase from the time its line arrived, and the index time from the integration', () => {
    expect(buildPhases(log, 122)).toEqual({
      configSeconds: 9,
      syncSeconds: 2,
      bundleSeconds: 9,
      renderSeconds: 14.25,
      postRenderSeconds: 4.98,
      indexSeconds: 82.02,
      afterIndexSeconds: 1,
      indexStartSeconds: 38.98,
      totalSeconds: 122,
    });
  });

  it('knows when indexing began in a build stopped while indexing, and reads minutes', () => {
    const stopped = log.slice(0, -1).map((l) => ({ ...l, text: l.text.replace('14.25s.', '7m 56s.') }));
    expect(buildPhases(stopped, 500)).toMatchObject({ renderSeconds: 476, indexStartSeconds: 38 });
  });

  it('leaves out what the log does not show (a build that failed early)', () => {
    expect(buildPhases(log.slice(0, 2), 12)).toEqual({ configSeconds: 9, syncSeconds: 2, totalSeconds: 12 });
  });
});

describe('page timings', () => {
  it('reads every page with its time and sums them by kind', () => {
    expect(pageTimings(log)).toEqual([
      { path: '/documents/a/index.html', ms: 35 },
      { path: '/lists/b/item-3/index.html', ms: 2 },
      { path: '/compare/services/index.html', ms: 1200 },
      { path: '/compare/index.html', ms: 176_000 },
    ]);
    expect(summarizeByKind(pageTimings(log)).map((k) => [k.kind, k.totalSeconds])).toEqual([
      ['compare (index)', 176],
      ['compare/services', 1.2],
      ['documents', 0.04],
      ['lists/item', 0],
    ]);
  });

  it('names page kinds', () => {
    expect(
      [
        '/index.html',
        '/regions/index.html',
        '/regions/x/index.html',
        '/compare/topics/y/index.html',
        '/lists/l/index.html',
      ].map(pageKind),
    ).toEqual(['home', 'regions (index)', 'regions', 'compare/topic', 'lists']);
    expect(astroSeconds('✓ Completed in 2m 3s.')).toBe(123);
    expect(astroSeconds('✓ Completed in 850ms.')).toBe(0.85);
  });
});
