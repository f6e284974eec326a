import { describe, expect, it } from 'vitest';
import { redirectProblems, type RedirectTargets } from './redirects.ts';

const live = new Set(['/documents/new/', '/documents/other/', '/regions/daye/']);
const targets: RedirectTargets = {
  isLive: (p) => live.has(p),
  listed: new Set(['/documents/old/', '/data/items.csv']),
  manifest: 'content/url-manifest.txt',
  anchorsOf: (p) => (p === '/documents/new/' ? new Set(['task-1', 'preamble']) : undefined),
};
const r = (from: string, to: string) => ({ from, to, reason: 'test' });
const problems = (...entries: Array<ReturnType<typeof r>>) =>
  redirectProblems(entries, targets).map((p) => `${p.index}.${p.field}: ${p.message}`);

describe('redirects', () => {
  it('accept an old path forwarded to a live page or anchor', () => {
    expect(problems(r('/documents/old/', '/documents/new/'), r('/documents/older/', '/documents/new/#task-1'))).toEqual(
      [],
    );
  });

  it('refuse a from that is a live page', () => {
    expect(problems(r('/documents/other/', '/documents/new/'))).toEqual([
      '0.from: "/documents/other/" is a page the content builds: a redirect would hide it — remove the entry, or give it the path of a page that no longer exists',
    ]);
  });

  it('refuse a from listed twice', () => {
    expect(problems(r('/documents/old/', '/documents/new/'), r('/documents/old/', '/documents/other/'))).toEqual([
      '1.from: "/documents/old/" is already redirected by entry 0 — keep one entry per old path',
    ]);
  });

  it('refuse a redirect to itself', () => {
    expect(problems(r('/documents/old/', '/documents/old/#task-1'))).toEqual([
      '0.to: "/documents/old/#task-1" is the entry\'s own from — point it at the page that replaced "/documents/old/"',
    ]);
  });

  it('refuse a chain, naming where it ends', () => {
    expect(problems(r('/documents/a/', '/documents/b/'), r('/documents/b/', '/documents/new/'))).toEqual([
      '0.to: "/documents/b/" is itself redirected (entry 1), to "/documents/new/" — point this entry at "/documents/new/" directly: a host follows one redirect, not a chain',
    ]);
  });

  it('refuse a loop', () => {
    expect(problems(r('/documents/a/', '/documents/b/'), r('/documents/b/', '/documents/a/'))).toEqual([
      '0.to: "/documents/b/" is redirected again and the chain comes back (/documents/a/ → /documents/b/ → /documents/a/): a loop — point each entry at a live page',
      '1.to: "/documents/a/" is redirected again and the chain comes back (/documents/b/ → /documents/a/ → /documents/b/): a loop — point each entry at a live page',
    ]);
  });

  it('refuse a target that does not exist, or an anchor its document lacks', () => {
    expect(problems(r('/documents/old/', '/documents/gone/'), r('/documents/x/', '/documents/new/#task-9'))).toEqual([
      '0.to: "/documents/gone/" is neither a page the content builds nor listed in content/url-manifest.txt — point it at an existing page (docs/urls.md)',
      '1.to: "#task-9" is not an anchor of /documents/new/ — use one of its anchors, or the page alone',
    ]);
  });
});
