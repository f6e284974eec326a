/**
 * The status of the five seed documents as built (docs/lifecycle.md), on the build date package.json's build:test
 * fixes (SITE_TODAY): one vocabulary on the pages, in the structured data, the search filters and the downloads,
 * the two drafts shown as 送审稿 and 征求意见稿 and not in force, and 有效期一览 listing every document once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS } from '../../src/lib/compare/rows.ts';
import { lifecycleFacts, lifecyclesOf } from '../../src/lib/lifecycle/lifecycle.ts';
import { dataFileUrl, documentUrl, listUrl, regionUrl, validityUrl } from '../../src/lib/urls.ts';
import { readContent } from '../../src/model/read.ts';
import { LIFECYCLE_STATUSES } from '../../src/model/vocab.ts';
import { DIST, download, page, TEST_SITE_TODAY } from './dist.ts';

const content = readContent('content');
const documents = content.documents.entries.map(({ file, data }) => ({ id: file.id, data }));
const lifecycles = lifecyclesOf(
  documents.map((d) => lifecycleFacts(d.id, d.data, d.data.region)),
  TEST_SITE_TODAY,
);
const text = (s: string | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();
const vocabulary = new Set<string>(LIFECYCLE_STATUSES);

describe('the seed documents', () => {
  it('are the two drafts as published and three texts in force', () => {
    expect(Object.fromEntries([...lifecycles].map(([slug, l]) => [slug, [l.status, l.legalForce]]))).toEqual({
      'baoshan-jiben-yanglao-2023': ['现行有效', 'InForce'],
      'daye-jiben-yanglao-songshengao': ['送审稿', 'NotInForce'],
      'nantong-jiben-yanglao-zhengqiuyijian': ['征求意见稿', 'NotInForce'],
      'ningxia-yanglao-gaozhiliang-2025': ['现行有效', 'InForce'],
      'pingliang-yanglao-tuoyu-shisiwu': ['现行有效', 'InForce'],
    });
  });

  it('show their status, its day and reason, 生效日期 and 有效期至 on their page; a banner only on a draft', () => {
    for (const d of documents) {
      const l = lifecycles.get(d.id)!;
      const { root } = page(documentUrl(d.id));
      expect(text(root.querySelector('main header .badge')?.textContent), d.id).toBe(l.status);
      const status = root.querySelector('[data-status]')!;
      expect(status.getAttribute('data-status')).toBe(l.status);
      expect(status.getAttribute('data-status-since')).toBe(l.since);
      expect(text(root.querySelector('[data-status-reason]')?.textContent)).toBe(l.reason);
      const terms = root.querySelectorAll('.meta > dt').map((dt) => text(dt.textContent));
      expect(terms).toEqual(expect.arrayContaining(['状态', '生效日期', '有效期至', '状态说明']));
      const banner = root.querySelector('[data-status-banner]');
      if (l.legalForce === 'InForce') expect(banner, d.id).toBeNull();
      else expect(banner?.getAttribute('data-status-banner')).toBe(l.status);
    }
    const draft = page(documentUrl('daye-jiben-yanglao-songshengao')).root;
    expect(text(draft.querySelector('[data-status-banner]')?.textContent)).toContain('这是送审稿，不是正式文件。');
  });

  it('carry their status to their region page, with 生效日期 and 有效期至', () => {
    for (const d of documents) {
      const entry = page(regionUrl(d.data.region))
        .root.querySelectorAll('li')
        .find((li) => li.querySelector(`a[href="${documentUrl(d.id)}"]`));
      expect(text(entry?.querySelector('.badge')?.textContent), d.id).toBe(lifecycles.get(d.id)!.status);
      expect(text(entry?.querySelector('[data-validity]')?.textContent)).toMatch(/^生效日期：.+；有效期至：.+/u);
    }
  });

  it("tell on a draft's list page that the list comes from a draft", () => {
    const note = page(listUrl('daye-jiben-yanglao-qingdan')).root.querySelector('[data-status-note]');
    expect(note?.getAttribute('data-status-note')).toBe('送审稿');
    expect(page(listUrl('baoshan-jiben-yanglao-qingdan')).root.querySelector('[data-status-note]')).toBeNull();
  });
});

describe('one status vocabulary', () => {
  it('in the search filters and the index', () => {
    const options = page('/search/')
      .root.querySelectorAll('#search-status option')
      .map((o) => o.getAttribute('value'))
      .filter(Boolean);
    expect(options).toEqual(LIFECYCLE_STATUSES.filter((s) => [...lifecycles.values()].some((l) => l.status === s)));
    const dir = join(DIST, 'pagefind', 'fragment');
    const statuses = readdirSync(dir).flatMap((f) => {
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .slice('pagefind_dcd'.length),
      ) as {
        filters: Record<string, string[]>;
      };
      return fragment.filters.status ?? [];
    });
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => !vocabulary.has(s))).toEqual([]);
  });

  it('in every download: the status and the day it took effect, never another word', () => {
    for (const stem of Object.keys(DOWNLOADS)) {
      const rows = JSON.parse(download(dataFileUrl(stem, 'json'))) as Array<Record<string, unknown>>;
      for (const r of rows) {
        expect(vocabulary.has(r.status as string), `${stem}: ${String(r.status)}`).toBe(true);
        expect(r.statusSince).toBe(lifecycles.get(r.document as string)!.since);
      }
      const csv = download(dataFileUrl(stem, 'csv'));
      expect(csv.split('\r\n')[0]).toContain('status,statusSince');
      for (const kind of ['csv', 'json', 'schema.json'] as const)
        expect(download(dataFileUrl(stem, kind)), `${stem}.${kind}`).not.toMatch(/\bissued\b|正式印发|正式文件/u);
    }
    const items = JSON.parse(download(dataFileUrl('items', 'json'))) as Array<Record<string, string>>;
    expect(new Set(items.map((r) => r.status))).toEqual(new Set(['送审稿']));
  });
});

describe('有效期一览', () => {
  it('lists every document once, in its group, as of the build date', () => {
    const { root } = page(validityUrl());
    expect(text(root.querySelector('main')?.textContent)).toContain('2026年12月1日');
    const group = (id: string) =>
      root
        .querySelectorAll(`[data-validity-group="${id}"] li > a`)
        .map((a) => a.getAttribute('href'))
        .sort();
    expect(group('expired')).toEqual([]);
    expect(group('expiring')).toEqual([]);
    expect(group('unstated')).toEqual(
      ['baoshan-jiben-yanglao-2023', 'ningxia-yanglao-gaozhiliang-2025', 'pingliang-yanglao-tuoyu-shisiwu'].map((d) =>
        documentUrl(d),
      ),
    );
    expect(group('drafts')).toEqual(
      ['daye-jiben-yanglao-songshengao', 'nantong-jiben-yanglao-zhengqiuyijian'].map((d) => documentUrl(d)),
    );
    expect(page('/').root.querySelector(`a[href="${validityUrl()}"]`)).not.toBeNull();
  });
});
