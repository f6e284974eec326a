import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShardManifest } from '../../lib/search/shards.ts';
import { passOverPages } from '../page-pass.ts';
import { searchStep, type SearchInputs } from './step.ts';

const inputs: SearchInputs = {
  aliases: [],
  everyday: [],
  glossary: [],
  regionsAbove: new Map(),
  finders: {},
  provinceSlugs: { 湖北省: 'hubei', 云南省: 'yunnan', 甘肃省: 'gansu' },
};

/** A searchable page of a province (none: a page across regions), with `n` characters of text. */
const page = (title: string, province: string | undefined, n: number) =>
  `<html lang="zh-CN"><head>${province ? `<meta data-pagefind-filter="province[content]" content="${province}">` : ''}</head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>${'养老服务'.repeat(n / 4)}</p></main></body></html>`;

let dist = '';
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'search-step-'));
  const pages: Record<string, string> = {
    'compare/index.html': page('对比', undefined, 40),
    'documents/a/index.html': page('湖北文件', '湖北省', 400),
    'documents/b/index.html': page('云南文件', '云南省', 200),
    'documents/c/index.html': page('甘肃文件', '甘肃省', 160),
    'regions/d/index.html': page('湖北地区', '湖北省', 40),
    'index.html': '<html lang="zh-CN"><body><main><h1>首页</h1></main></body></html>',
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
});
afterEach(() => {
  delete process.env.SEARCH_INDEX;
  rmSync(dist, { recursive: true, force: true });
});

const manifest = () => JSON.parse(readFileSync(join(dist, 'pagefind', 'site-shards.json'), 'utf8')) as ShardManifest;

describe('searchStep', () => {
  it('writes one index while the text fits', async () => {
    const step = await searchStep(dist, inputs, 5);
    await passOverPages(dist, [step]);
    expect(manifest()).toEqual({ parts: [] });
    expect(existsSync(join(dist, 'pagefind', 'p'))).toBe(false);
    expect(step.summary()).toMatch(/^5 pages indexed, 0 list items folded .*, one index, in/u);
  });

  it('above, writes the provinces in parts of whole provinces, each with only what a merged index fetches', async () => {
    const step = await searchStep(dist, inputs, 5, 500);
    await passOverPages(dist, [step]);
    expect(manifest()).toEqual({
      parts: [
        { path: '/pagefind/p/hubei/', provinces: ['湖北省'] },
        { path: '/pagefind/p/yunnan/', provinces: ['云南省', '甘肃省'] },
      ],
    });
    expect(readdirSync(join(dist, 'pagefind', 'p', 'yunnan')).filter((f) => f.endsWith('.js'))).toEqual([]);
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
    expect(step.summary()).toMatch(
      /^5 pages indexed, .*the pages of no province and 2 parts of whole provinces; the largest part 湖北省: 2 pages/u,
    );
  });

  it('writes one index per province with SEARCH_INDEX=provinces', async () => {
    process.env.SEARCH_INDEX = 'provinces';
    const step = await searchStep(dist, inputs, 5);
    await passOverPages(dist, [step]);
    expect(manifest().parts.map((p) => p.provinces)).toEqual([['湖北省'], ['云南省'], ['甘肃省']]);
  });

  it('fails when the parts hold another number of pages than the content calls for', async () => {
    const step = await searchStep(dist, inputs, 6, 500);
    await expect(passOverPages(dist, [step])).rejects.toThrow(
      'The search index holds 5 pages and 0 list items but the content calls for 6 searchable pages',
    );
  });
});
