/**
 * Each kind of bad content fails the check with a message that names the file, the field and what to do.
 * Every case starts from a copy of the real content and breaks one thing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/checks/index.ts';

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

  it('an everyday vocabulary group with an empty term, a word mapped to two terms, or a term the site never uses', () => {
    expect(brokenContent('search/everyday.yaml', replace('- term: "意外伤害"', '- term: ""'))).toEqual([
      'content/search/everyday.yaml: 0.term: write a word or phrase, not an empty string (found "")',
    ]);
    expect(brokenContent('search/everyday.yaml', replace('words: ["请律师",', 'words: ["摔伤", "请律师",'))).toEqual([
      expect.stringMatching(/^content\/search\/everyday\.yaml: \d+\.words: "摔伤" is also in group 0 \(→ 意外伤害\) — a word can stand for one term only: keep it in one group$/u),
    ]);
    expect(brokenContent('search/everyday.yaml', replace('- term: "短托"', '- term: "喘息照护"'))).toEqual([
      expect.stringMatching(/^content\/search\/everyday\.yaml: \d+\.term: "喘息照护" appears nowhere on the site \(documents, lists, glossary, plain words\) — map the words to a wording the texts use$/u),
    ]);
    expect(brokenContent('search/everyday.yaml', replace('review: "reviewed"', 'review: "done"'))).toEqual([
      'content/search/everyday.yaml: 0.review: "done" is not allowed — use one of "pending", "reviewed"',
    ]);
  });

  it('a wrong enum value', () => {
    expect(brokenContent('regions/baoshan.yaml', replace('level: "prefecture"', 'level: "city"'))).toEqual([
      'content/regions/baoshan.yaml: level: "city" is not allowed — use one of "province", "prefecture", "county"',
    ]);
  });

  it('a wrong tier in a list item', () => {
    expect(brokenContent('lists/daye-jiben-yanglao-qingdan.yaml', replace('    tier: "保障"\n    leadText', '    tier: "兜底"\n    leadText'))).toEqual([
      'content/lists/daye-jiben-yanglao-qingdan.yaml: items.11 (item 12).tier: "兜底" is not allowed — use one of "普惠", "保障", "未注明"',
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
      'content/regions/daye.yaml: population: unknown field — remove it or correct its spelling (see the schema\'s field comments)',
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

  it('a component outside the allow-list, and an expression, named by the line of the file', () => {
    const file = 'documents/ningxia-yanglao-gaozhiliang-2025.mdx';
    const line = readFileSync(`content/${file}`, 'utf8').split('\n').length + 1;
    expect(brokenContent(file, (t) => `${t}\n<Script>{alert(1)}</Script>\n`)).toEqual([
      `content/${file}:${line}: an expression ({…}) is not allowed in policy MDX — escape the brace as \\{`,
      `content/${file}:${line}: <Script> is not an allowed component — use one of Heading, Notice, SourceOutline, Preamble, EndMatter, Appendix, Table, TableRow, TableCell`,
      `content/${file}:${line}: <Script> is not an allowed component — use one of Heading, Notice, SourceOutline, Preamble, EndMatter, Appendix, Table, TableRow, TableCell`,
    ]);
  });

  it('an MDX body that does not parse (an unclosed tag), named by the line of the file', () => {
    const file = 'documents/ningxia-yanglao-gaozhiliang-2025.mdx';
    const text = readFileSync(`content/${file}`, 'utf8');
    const line = text.split('\n').length + 1;
    expect(brokenContent(file, (t) => `${t}\n<Notice anchor="notice">\n`)).toEqual([
      expect.stringMatching(
        new RegExp(`^content/${file}:${line}: the MDX does not parse: Expected a closing tag for \`<Notice>\`.* — close or escape the tag`, 'u'),
      ),
    ]);
  });

  it('a YAML error in the front matter, named by the line of the file', () => {
    const file = 'documents/ningxia-yanglao-gaozhiliang-2025.mdx';
    const line = readFileSync(`content/${file}`, 'utf8').split('\n').findIndex((l) => l.startsWith('issuer:')) + 1;
    expect(brokenContent(file, replace(/^issuer: /mu, 'issuer: [\n'))[0]).toMatch(
      new RegExp(`^content/${file}: YAML syntax at line ${line + 1}: `, 'u'),
    );
  });

  it('a changed raw source (checksum)', () => {
    expect(brokenContent('sources/002_4e7c8c770b35bd19.txt', (t) => `${t}x`)).toEqual([
      'content/documents/pingliang-yanglao-tuoyu-shisiwu.mdx: provenance.sha256: does not match content/sources/002_4e7c8c770b35bd19.txt — the raw text changed: run npm run ingest -- --all',
    ]);
  });

  it('a commitment whose sentence is not verbatim at its anchor, or at the wrong anchor', () => {
    const file = 'compare/commitments/daye-jiben-yanglao-songshengao.yaml';
    expect(brokenContent(file, replace('用于养老服务占比不得低于60%。"', '用于养老服务占比不低于60%。"'))).toEqual([
      'content/compare/commitments/daye-jiben-yanglao-songshengao.yaml: commitments.2.sentence: not found verbatim under #task-5 of daye-jiben-yanglao-songshengao — copy the whole sentence from the text, punctuation included',
      'content/compare/commitments/daye-jiben-yanglao-songshengao.yaml: commitments.2.quantity: "不得低于60%" is not in the sentence — quote the phrase that carries the number',
      'content/compare/commitments/daye-jiben-yanglao-songshengao.yaml: #task-5: "建立基本养老服务经费保障机制，社会福利事业的彩票公益金用于养老服务占比不得低于60%。" states a number or a deadline but is neither a commitment nor dismissed — run npm run propose:commitments and record it',
    ]);
    expect(brokenContent(file, replace('    anchor: task-5\n', '    anchor: task-6\n'))).toContain(
      'content/compare/commitments/daye-jiben-yanglao-songshengao.yaml: commitments.2.sentence: not found verbatim under #task-6 of daye-jiben-yanglao-songshengao — copy the whole sentence from the text, punctuation included',
    );
  });

  it('a metric or topic that does not exist', () => {
    expect(brokenContent('compare/commitments/daye-jiben-yanglao-songshengao.yaml', replace('metric: lottery-fund-share', 'metric: lottery-share'))).toEqual([
      'content/compare/commitments/daye-jiben-yanglao-songshengao.yaml: commitments.2.metric: no metric "lottery-share" — use an id from content/compare/metrics.yaml or add the metric there',
    ]);
    expect(brokenContent('compare/document-tags/daye-jiben-yanglao-songshengao.yaml', replace('topics: [jingzhun-fuwu, doudi-baozhang]', 'topics: [jingzhun, doudi-baozhang]'))).toEqual([
      'content/compare/document-tags/daye-jiben-yanglao-songshengao.yaml: units.2.topics.0: no topic "jingzhun" — use an id from content/compare/topics.yaml or add the topic there',
    ]);
  });

  it('a numeric sentence nobody reviewed', () => {
    expect(brokenContent('compare/commitments/ningxia-yanglao-gaozhiliang-2025.yaml', replace(/ {2}- anchor: section-2-1\n {4}sentence: "统筹新型工业化[^\n]*\n {4}reason: description\n/u, ''))).toEqual([
      'content/compare/commitments/ningxia-yanglao-gaozhiliang-2025.yaml: #section-2-1: "统筹新型工业化、新型城镇化和乡村全面振兴,进一步优化和提升集聚提升、城郊融合、特色保护、搬迁撤并4类村庄农村养老服务设施布局规划、服务供给。" states a number or a deadline but is neither a commitment nor dismissed — run npm run propose:commitments and record it',
    ]);
  });

  it('a task without tags, tags not yet reviewed, and a commitment its task’s topics miss', () => {
    const file = 'compare/document-tags/daye-jiben-yanglao-songshengao.yaml';
    expect(brokenContent(file, replace('  - { anchor: task-2, topics: [jingzhun-fuwu, doudi-baozhang], services: [] }\n', ''))).toEqual([
      'content/compare/document-tags/daye-jiben-yanglao-songshengao.yaml: units: task-2 have no tags — run npm run propose:tags and review the proposals',
    ]);
    expect(brokenContent(file, replace('topics: [jingzhun-fuwu, doudi-baozhang], services: [] }', 'topics: [jingzhun-fuwu, doudi-baozhang], services: [], proposed: true }'))).toEqual([
      'content/compare/document-tags/daye-jiben-yanglao-songshengao.yaml: units.2.proposed: the tags of task-2 are not reviewed yet — check its topics, then delete "proposed: true"',
    ]);
    expect(brokenContent(file, replace('  - { anchor: task-5, topics: [jingfei-baozhang], services: [] }', '  - { anchor: task-5, topics: [puhui-yanglao], services: [] }'))).toEqual([
      'content/compare/document-tags/daye-jiben-yanglao-songshengao.yaml: units.5.topics: task-5 states a commitment on lottery-fund-share — add its topic "jingfei-baozhang"',
    ]);
  });

  it('a list item without a service kind, or with one that does not exist', () => {
    const file = 'compare/list-tags/daye-jiben-yanglao-qingdan.yaml';
    expect(brokenContent(file, replace(/ {2}- \{ number: 27,[^\n]*\n?/u, ''))).toEqual([
      'content/compare/list-tags/daye-jiben-yanglao-qingdan.yaml: items: item 27 has no service kind — run npm run propose:tags and review the proposals',
    ]);
    expect(brokenContent(file, replace('service: yiwai-shanghai-xian', 'service: yiwai-xian'))).toEqual([
      'content/compare/list-tags/daye-jiben-yanglao-qingdan.yaml: items.25 (item 26).service: no service kind "yiwai-xian" — use an id from content/compare/service-kinds.yaml or add the kind there',
    ]);
  });

  it('a list item in the wrong tier (per-item messages name the item as the list prints it)', () => {
    const file = 'lists/daye-jiben-yanglao-qingdan.yaml';
    const text = readFileSync(`content/${file}`, 'utf8');
    const at = text.indexOf('    tier: "普惠"', text.indexOf('items:'));
    expect(brokenContent(file, (t) => `${t.slice(0, at)}    tier: "保障"${t.slice(at + '    tier: "普惠"'.length)}`)).toEqual([
      'content/lists/daye-jiben-yanglao-qingdan.yaml: items.0 (item 1).tier: "保障" but the tiers put the item in 普惠 — correct the tier or the ranges',
    ]);
  });

  it('a list that states no tiers, with a local service type and group rows, passes; then no item may claim a tier', () => {
    const file = 'lists/daye-jiben-yanglao-qingdan.yaml';
    // 大冶's list as a local list prints it: no 普惠/保障 ranges, 健康服务 as a type, group rows over its items.
    const untiered = (text: string) =>
      text
        .replace(/^tiers:\n(?: {2}.*\n| {4}.*\n)+/mu, 'tiers: []\ngroups:\n  - { caption: "一、物质帮助", from: 1, to: 9 }\n  - { caption: "二、健康服务", from: 10, to: 27 }\n')
        .replace(/^notes:\n(?: {2}.*\n)+/mu, 'notes: []\n')
        .replaceAll(/tier: "(普惠|保障)"/gu, 'tier: "未注明"')
        .replace('type: "照护服务"', 'type: "健康服务"');
    expect(brokenContent(file, untiered)).toEqual([]);
    expect(brokenContent(file, (t) => untiered(t).replace('tier: "未注明"', 'tier: "普惠"'))).toEqual([
      'content/lists/daye-jiben-yanglao-qingdan.yaml: items.0 (item 1).tier: "普惠" but the list states no tiers (tiers is empty) — write 未注明, or add the tier ranges the list gives',
    ]);
    expect(brokenContent(file, (t) => untiered(t).replace('from: 10, to: 27', 'from: 9, to: 28'))).toEqual([
      'content/lists/daye-jiben-yanglao-qingdan.yaml: groups[1]: items 9–28 — a group covers items of the list in order, from its first item to its last, without overlapping the group before',
    ]);
  });

  it('a deadline the quoted sentence does not set, or with the wrong year', () => {
    const file = 'compare/commitments/daye-jiben-yanglao-songshengao.yaml';
    // 大冶's 60% sentence follows one that says 到2025年; borrowing that date is a reading, not the text.
    expect(brokenContent(file, replace('    value: 60\n    scope: "乡镇（街道）', '    value: 60\n    deadline: { text: "到2025年", year: 2025 }\n    scope: "乡镇（街道）'))).toEqual([
      'content/compare/commitments/daye-jiben-yanglao-songshengao.yaml: commitments.5.deadline.text: "到2025年" is not in the sentence — quote the words of the sentence that set the date, or leave the deadline out (未注明)',
    ]);
    expect(brokenContent(file, replace('    deadline: { text: "到2025年", year: 2025 }\n    scope: "特殊困难老年人"', '    deadline: { text: "到2025年", year: 2024 }\n    scope: "特殊困难老年人"'))).toEqual([
      'content/compare/commitments/daye-jiben-yanglao-songshengao.yaml: commitments.1.deadline: year 2024 does not match "到2025年" — correct the year or month',
    ]);
  });

  it('an item without an eligibility rule, a rule the schema cannot read', () => {
    const file = 'eligibility/daye-jiben-yanglao-qingdan.yaml';
    expect(brokenContent(file, replace(/ {2}# 25 [^\n]*\n {2}- number: 25\n {4}grant: unstated\n {4}rule: [^\n]*\n/u, ''))).toEqual([
      'content/eligibility/daye-jiben-yanglao-qingdan.yaml: items: item 25 is missing — write a rule for each item from its 服务对象, with consult where the source is vague',
    ]);
    expect(brokenContent(file, replace('rule: { age: { min: 65 } }', 'rule: { age: { minimum: 65 } }'))).toEqual([
      "content/eligibility/daye-jiben-yanglao-qingdan.yaml: items.7 (item 8).rule.age.minimum: unknown field — remove it or correct its spelling (see the schema's field comments)",
    ]);
    // A rule is a union: the message comes from the branch the rule was written for, not “Invalid input”.
    expect(brokenContent(file, replace('rule: { age: { min: 65 } }', 'rule: { age: { min: "六十五" } }'))).toEqual([
      'content/eligibility/daye-jiben-yanglao-qingdan.yaml: items.7 (item 8).rule.age.min: expected a number, found "六十五" — write a number',
    ]);
    expect(brokenContent(file, replace('rule: { age: { min: 65 } }', 'rule: { ages: { min: 65 } }'))).toEqual([
      "content/eligibility/daye-jiben-yanglao-qingdan.yaml: items.7 (item 8).rule.ages: unknown key — use one of age, hukou, home, economic, care, disability, family, military, consult, all, any (see the schema's field comments)",
    ]);
  });

  it('plain words that state a number the item does not', () => {
    expect(brokenContent('plain/daye-jiben-yanglao-qingdan.yaml', replace('amount: 每人每月不少于100元。\n  - number: 18', 'amount: 每人每月不少于150元。\n  - number: 18'))).toEqual([
      "content/plain/daye-jiben-yanglao-qingdan.yaml: items.16 (item 17): states 150, which the item's own text does not — plain words must not change the meaning",
    ]);
  });

  it('a redirect that would hide a live page, chain, or lead nowhere', () => {
    const entries = (...rows: string[]) => () => `${rows.map((r) => `- ${r}\n  reason: "test"`).join('\n')}\n`;
    expect(brokenContent('redirects.yaml', entries('from: "/documents/daye-jiben-yanglao-songshengao/"\n  to: "/regions/daye/"'))).toEqual([
      'content/redirects.yaml: 0.from: "/documents/daye-jiben-yanglao-songshengao/" is a page the content builds: a redirect would hide it — remove the entry, or give it the path of a page that no longer exists',
    ]);
    expect(brokenContent('redirects.yaml', entries('from: "/documents/daye-old/"\n  to: "/documents/daye-older/"', 'from: "/documents/daye-older/"\n  to: "/documents/daye-jiben-yanglao-songshengao/#task-2"'))).toEqual([
      'content/redirects.yaml: 0.to: "/documents/daye-older/" is itself redirected (entry 1), to "/documents/daye-jiben-yanglao-songshengao/" — point this entry at "/documents/daye-jiben-yanglao-songshengao/" directly: a host follows one redirect, not a chain',
    ]);
    expect(brokenContent('redirects.yaml', entries('from: "/documents/daye-old/"\n  to: "/documents/daye-new/"'))).toEqual([
      'content/redirects.yaml: 0.to: "/documents/daye-new/" is neither a page the content builds nor listed in content/url-manifest.txt — point it at an existing page (docs/urls.md)',
    ]);
    expect(brokenContent('redirects.yaml', entries('from: "/documents/daye-old/"\n  to: "/documents/daye-jiben-yanglao-songshengao/#task-99"'))).toEqual([
      'content/redirects.yaml: 0.to: "#task-99" is not an anchor of /documents/daye-jiben-yanglao-songshengao/ — use one of its anchors, or the page alone',
    ]);
  });

  it('a source file name that is a path, or of a format ingest does not read', () => {
    expect(brokenContent('sources/sources.yaml', replace('file: "002_4e7c8c770b35bd19.txt"', 'file: "../regions/pingliang.yaml"'))).toEqual([
      'content/sources/sources.yaml: 2.file: write the name of a file in content/sources/: no folder or special characters (\\ / : * ? " < > |), ending in .txt, .html, .htm, .docx, .pdf, .xlsx or .csv (found "../regions/pingliang.yaml")',
    ]);
    expect(
      brokenContent('documents/pingliang-yanglao-tuoyu-shisiwu.mdx', replace('source: "002_4e7c8c770b35bd19.txt"', 'source: "002_4e7c8c770b35bd19.doc"')),
    ).toEqual([expect.stringMatching(/^content\/documents\/pingliang-yanglao-tuoyu-shisiwu\.mdx: provenance\.source: write the name of a file/u)]);
  });

  it("an editor's statement of validity that does not say where it is printed", () => {
    const stated = '  document: "pingliang-yanglao-tuoyu-shisiwu"\n  validity: { until: "2025-12-31", clause: "有效期至2025年12月31日" }';
    expect(brokenContent('sources/sources.yaml', replace('  document: "pingliang-yanglao-tuoyu-shisiwu"', stated))).toEqual([
      'content/sources/sources.yaml: 2.validity.from: missing — add this required field',
    ]);
  });

  it('a source’s added or checked date missing, not a date, checked before added, or after today', () => {
    const nantong = (edit: string) =>
      replace('  review: "reviewed"\n  added: "2026-11-23"\n  checked: "2026-11-23"\n- file: "004', edit + '- file: "004');
    expect(brokenContent('sources/sources.yaml', nantong('  review: "reviewed"\n  added: "2026-11-23"\n'))).toEqual([
      'content/sources/sources.yaml: 3.checked: missing — add this required field',
    ]);
    expect(
      brokenContent('sources/sources.yaml', nantong('  review: "reviewed"\n  added: 2026-11-23\n  checked: "2026-11-23"\n')),
    ).toEqual(['content/sources/sources.yaml: 3.added: expected a string, found "2026-11-23T00:00:00.000Z" — put dates in quotes, e.g. "2023-04-11"']);
    expect(
      brokenContent('sources/sources.yaml', nantong('  review: "reviewed"\n  added: "2026-11-23"\n  checked: "2026-11-01"\n')),
    ).toEqual([
      'content/sources/sources.yaml: 3.checked: "2026-11-01" is before added "2026-11-23" — a source is checked against its origin on or after the day it was added: correct the date',
    ]);
    expect(
      brokenContent('sources/sources.yaml', nantong('  review: "reviewed"\n  added: "2999-01-01"\n  checked: "2999-01-02"\n')),
    ).toEqual([
      expect.stringMatching(/^content\/sources\/sources\.yaml: 3\.added: "2999-01-01" is after today \(\d{4}-\d{2}-\d{2}\) — write the day the source was added to the site$/u),
      expect.stringMatching(/^content\/sources\/sources\.yaml: 3\.checked: "2999-01-02" is after today \(\d{4}-\d{2}-\d{2}\) — write the day its text was last checked against its origin$/u),
    ]);
  });

  it('a document twice in the sources register', () => {
    expect(brokenContent('sources/sources.yaml', replace('  document: "pingliang-yanglao-tuoyu-shisiwu"', '  document: "daye-jiben-yanglao-songshengao"'))).toEqual([
      'content/sources/sources.yaml: 2.document: "daye-jiben-yanglao-songshengao" has an entry already — keep one entry per document (its file, lists and dates)',
      'content/documents/pingliang-yanglao-tuoyu-shisiwu.mdx: provenance.source: document "pingliang-yanglao-tuoyu-shisiwu" has no entry in content/sources/sources.yaml — add its entry (file, region, document, added, checked) or ingest it with npm run ingest',
    ]);
  });

  it('a document without its entry in the sources register', () => {
    expect(
      brokenContent('sources/sources.yaml', replace('  document: "pingliang-yanglao-tuoyu-shisiwu"', '  document: "pingliang-other"')),
    ).toEqual([
      'content/documents/pingliang-yanglao-tuoyu-shisiwu.mdx: provenance.source: document "pingliang-yanglao-tuoyu-shisiwu" has no entry in content/sources/sources.yaml — add its entry (file, region, document, added, checked) or ingest it with npm run ingest',
    ]);
  });

  it('a glossary wording that would link to two entries', () => {
    expect(brokenContent('glossary.yaml', replace('forms: [低保边缘]', 'forms: [低保边缘, 低保]'))).toEqual([
      'content/glossary.yaml: 2.forms: "低保" also belongs to dibao — a wording may link to one entry only',
    ]);
  });
});
