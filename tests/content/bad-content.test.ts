/**
 * Each kind of bad content fails the check with a message that names the file, the field and what to do.
 * Every case starts from a copy of the real content and breaks one thing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';

let dir = '';
function brokenContent(file: string, edit: (text: string) => string): string[] {
  dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
  cpSync('content', dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return checkContent(dir, 'content').errors;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${from} not found`);
  return next;
};

describe('bad content', () => {
  it('passes as committed', () => {
    expect(checkContent('content').errors).toEqual([]);
  });

  it('a search vocabulary group with one wording, or a wording in two groups', () => {
    expect(brokenContent('search/aliases.yaml', replace('- terms: ["长期护理保险", "长护险"]', '- terms: ["长期护理保险"]'))).toEqual([
      'content/search/aliases.yaml: 17.terms: list at least two wordings, or remove the group',
    ]);
    expect(brokenContent('search/aliases.yaml', replace('- terms: ["长期护理保险", "长护险"]', '- terms: ["长期护理保险", "尊老金"]'))).toEqual([
      'content/search/aliases.yaml: 17: "尊老金" is also in group 0 — merge the two groups or drop the word from one',
    ]);
  });

  it('a wrong enum value', () => {
    expect(brokenContent('regions/baoshan.yaml', replace('level: "prefecture"', 'level: "city"'))).toEqual([
      'content/regions/baoshan.yaml: level: "city" is not allowed — use one of "province", "prefecture", "county"',
    ]);
  });

  it('a wrong service type in a list item', () => {
    expect(brokenContent('lists/daye-jiben-yanglao-qingdan.yaml', replace('type: "关爱服务"', 'type: "关爱"'))).toEqual([
      'content/lists/daye-jiben-yanglao-qingdan.yaml: items.4.type: "关爱" is not allowed — use one of "物质帮助", "照护服务", "关爱服务"',
    ]);
  });

  it('a date that does not exist', () => {
    expect(brokenContent('documents/baoshan-jiben-yanglao-2023.mdx', replace('dateSigned: "2023-04-11"', 'dateSigned: "2023-02-30"'))).toEqual([
      'content/documents/baoshan-jiben-yanglao-2023.mdx: dateSigned: this day does not exist in the calendar — check the date against the source (found "2023-02-30")',
    ]);
  });

  it('an unquoted date (YAML would make it a timestamp)', () => {
    expect(brokenContent('documents/baoshan-jiben-yanglao-2023.mdx', replace('datePublished: "2023-04-11"', 'datePublished: 2023-04-11'))).toEqual([
      'content/documents/baoshan-jiben-yanglao-2023.mdx: datePublished: expected "YYYY-MM-DD" in quotes, or "未注明" when the source gives no date',
    ]);
  });

  it('a missing field', () => {
    expect(brokenContent('documents/nantong-jiben-yanglao-zhengqiuyijian.mdx', replace(/^issuer: .*\n/mu, ''))).toEqual([
      'content/documents/nantong-jiben-yanglao-zhengqiuyijian.mdx: issuer: missing — add this required field',
    ]);
  });

  it('an unknown key', () => {
    expect(brokenContent('regions/daye.yaml', replace('level: "county"', 'level: "county"\npopulation: 900000'))).toEqual([
      'content/regions/daye.yaml: population: unknown field — remove it or correct its spelling (see src/lib/schemas.ts)',
    ]);
  });

  it('a dangling reference (which Astro only logs)', () => {
    expect(brokenContent('lists/daye-jiben-yanglao-qingdan.yaml', replace('region: "daye"', 'region: "dayee"'))).toEqual([
      'content/lists/daye-jiben-yanglao-qingdan.yaml: region: no region "dayee" — add content/regions/dayee.yaml or correct the slug',
    ]);
    expect(brokenContent('regions/daye.yaml', replace('parent: "huangshi"', 'parent: "huangsi"'))).toEqual([
      'content/regions/daye.yaml: parent: no region "huangsi" — add content/regions/huangsi.yaml or correct the slug',
    ]);
  });

  it('a duplicate slug (泰州 and 台州 would both be taizhou)', () => {
    dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
    cpSync('content', dir, { recursive: true });
    writeFileSync(join(dir, 'regions', 'nantong-copy.yaml'), readFileSync('content/regions/nantong.yaml', 'utf8'));
    expect(checkContent(dir, 'content').errors).toEqual([
      'content/regions/nantong-copy.yaml: slug: "nantong" differs from the file name "nantong-copy" — rename the file to nantong.yaml',
      'content/regions/nantong.yaml: slug: "nantong" is already used by content/regions/nantong-copy.yaml — give one of them a distinct slug (docs/urls.md: add the province, e.g. "nantong-jiangsu")',
    ]);
  });

  it('a duplicate anchor', () => {
    expect(brokenContent('documents/daye-jiben-yanglao-songshengao.mdx', (t) => t.replace('anchor: "task-2"', 'anchor: "task-1"').replace('<Heading anchor="task-2"', '<Heading anchor="task-1"'))).toEqual([
      'content/documents/daye-jiben-yanglao-songshengao.mdx: outline.4.anchor: "task-1" is used twice on the page — every anchor must be unique (docs/urls.md)',
      'content/documents/daye-jiben-yanglao-songshengao.mdx: body: anchor "task-1" appears twice — every anchor must be unique (docs/urls.md)',
    ]);
  });

  it('a component outside the allow-list, and an expression', () => {
    expect(brokenContent('documents/ningxia-yanglao-gaozhiliang-2025.mdx', (t) => `${t}\n<Script>{alert(1)}</Script>\n`)).toEqual([
      expect.stringMatching(/body line \d+: an expression \(\{…\}\) is not allowed in policy MDX — escape the brace as \\\{$/u),
      expect.stringMatching(/body line \d+: <Script> is not an allowed component — use one of Heading, Notice/u),
      expect.stringMatching(/body line \d+: <Script> is not an allowed component/u),
    ]);
  });

  it('a changed raw source (checksum)', () => {
    expect(brokenContent('sources/002_4e7c8c770b35bd19.txt', (t) => `${t}x`)).toEqual([
      'content/documents/pingliang-yanglao-tuoyu-shisiwu.mdx: provenance.sha256: does not match content/sources/002_4e7c8c770b35bd19.txt — the raw text changed: run npm run ingest -- --all',
    ]);
  });
});
