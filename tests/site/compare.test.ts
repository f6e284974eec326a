/**
 * The comparison pages and downloads as built: every quoted sentence stands verbatim at its anchor in the
 * document page, every shared metric is charted, the services matrix links every 大冶 item, and the
 * downloads parse, follow their JSON Schemas and hold exactly the rows the content gives.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { NodeType, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { compareDataOf } from '../../src/lib/compare/data.ts';
import { readContent } from '../../src/model/read.ts';
import { DOWNLOADS, type DownloadStem } from '../../src/lib/compare/rows.ts';
import { comparePaths } from '../../src/lib/compare/pages.ts';
import { comparedRegions, metricViews, pagePlan, serviceMatrix } from '../../src/lib/compare/views.ts';
import { stripWhitespace } from '../../src/lib/text.ts';
import { commitmentsUrl, dataFileUrl, documentUrl, itemUrl, servicesUrl, topicUrl } from '../../src/lib/urls.ts';
import { download, page, TEST_SITE_TODAY, type BuiltPage } from './dist.ts';

const data = compareDataOf(readContent('content'), TEST_SITE_TODAY);

/** The text under each stable anchor of a built document page, up to the next one (our own words left out). */
function sectionTexts(p: BuiltPage): Map<string, string> {
  const texts = new Map<string, string>();
  let current = '';
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      texts.set(current, (texts.get(current) ?? '') + node.textContent);
      return;
    }
    const el = node as unknown as {
      classList?: { contains: (c: string) => boolean };
      id?: string;
      hasAttribute?: (a: string) => boolean;
    };
    if (el.hasAttribute?.('data-site')) return;
    if (el.classList?.contains('anchored') && el.id) current = el.id;
    node.childNodes.forEach(visit);
  };
  visit(p.root.querySelector('main')!);
  return new Map([...texts].map(([k, v]) => [k, stripWhitespace(v)]));
}

describe('commitments', () => {
  const rows = metricViews(data).flatMap((v) => v.rows);

  it('quote sentences that stand verbatim under their anchor on the document page', () => {
    const misplaced = rows
      .filter(
        ({ document, commitment }) =>
          !(sectionTexts(page(documentUrl(document.id))).get(commitment.anchor) ?? '').includes(
            stripWhitespace(commitment.sentence),
          ),
      )
      .map((r) => `${r.document.id}#${r.commitment.anchor}: ${r.commitment.sentence}`);
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(misplaced).toEqual([]);
  });

  it('are each shown on the commitments page with a link to their anchor', () => {
    const p = page(commitmentsUrl());
    const quotes = p.root
      .querySelectorAll('blockquote[data-commitment]')
      .map((q) => `${q.getAttribute('data-commitment')} ${q.textContent}`);
    for (const { document, commitment } of rows) {
      expect(quotes).toContain(`${document.id}#${commitment.anchor} ${commitment.sentence}`);
    }
    const links = new Set(p.root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
    expect(rows.filter((r) => !links.has(documentUrl(r.document.id, r.commitment.anchor)))).toEqual([]);
  });

  it('get a bar chart with one bar per value wherever two or more values share a metric', () => {
    const p = page(commitmentsUrl());
    for (const view of metricViews(data)) {
      const section = p.root.querySelector(`section[aria-labelledby="${view.metric.id}"]`)!;
      const svg = section.querySelector('svg[role="img"]');
      if (view.rows.length < 2) {
        expect(svg, view.metric.id).toBeNull();
        continue;
      }
      expect(svg?.querySelector('title')?.textContent).toContain(view.metric.name);
      expect(svg!.querySelectorAll('rect.bar')).toHaveLength(view.rows.length);
      expect(section.querySelectorAll('tbody tr')).toHaveLength(view.rows.length);
    }
  });
});

describe('the services matrix and topic pages', () => {
  it('links every list item, and marks 保山 “清单未收录”', () => {
    const p = page(servicesUrl());
    const links = new Set(p.root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
    const items = data.lists.flatMap((l) => l.items.map((i) => itemUrl(l.id, i.number)));
    expect(items).toHaveLength(27);
    expect(items.filter((u) => !links.has(u))).toEqual([]);
    const baoshanColumn = p.root.querySelectorAll('thead th').findIndex((th) => th.textContent === '保山市');
    const cells = p.root
      .querySelectorAll('tbody tr')
      .filter((tr) => tr.querySelectorAll('td').length > 0)
      .map((tr) => tr.querySelectorAll('td')[baoshanColumn - 1]!.textContent);
    expect(cells.length).toBe(serviceMatrix(data).length);
    expect(cells.every((c) => c.includes('清单未收录'))).toBe(true);
  });

  it('show every compared region on every topic page, with “未涉及” where a region has nothing', () => {
    for (const topic of data.topics) {
      const p = page(topicUrl(topic.id));
      const columns = p.root.querySelectorAll('.region-column');
      expect(columns, topic.id).toHaveLength(comparedRegions(data).length);
      for (const c of columns) {
        const empty = c.querySelectorAll('li').length === 0;
        expect(c.textContent.includes('未涉及'), `${topic.id} ${c.querySelector('h2')?.textContent}`).toBe(empty);
      }
    }
  });
});

describe('the page budget (src/lib/compare/pages.ts)', () => {
  it('keeps the five real regions on the national pages, in full', () => {
    const plan = pagePlan(data);
    expect(plan.commitmentsFull).toBe(true);
    expect(plan.servicesFull).toBe(true);
    expect(plan.basis).toEqual([{ path: [], full: true }]);
    expect(comparePaths(plan)).toEqual([]);
    expect(page(servicesUrl()).html).toContain('class="matrix"');
  });
});

describe('downloads', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const stems = Object.keys(DOWNLOADS) as DownloadStem[];

  it.each(stems)('%s.json follows its JSON Schema and holds exactly the rows the content gives', (stem) => {
    const rows = JSON.parse(download(dataFileUrl(stem, 'json'))) as unknown[];
    const schema = JSON.parse(download(dataFileUrl(stem, 'schema.json'))) as object;
    const validate = ajv.compile(schema);
    expect(validate(rows), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(rows).toEqual(DOWNLOADS[stem].rows(data));
    // Every committed source is reviewed: nothing is pending (tests/build/publish-before-review.test.ts has some).
    expect(rows.length > 0).toBe(stem !== 'pending');
  });

  it.each(stems)('%s.csv is UTF-8 with a BOM and has the same rows as the JSON', (stem) => {
    const csv = download(dataFileUrl(stem, 'csv'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = parseCsv(csv.slice(1));
    const rows = JSON.parse(download(dataFileUrl(stem, 'json'))) as Array<Record<string, unknown>>;
    expect(header).toEqual(Object.keys(DOWNLOADS[stem].schema.shape));
    expect(records).toEqual(rows.map((r) => header!.map((k) => (r[k] === null ? '' : String(r[k])))));
  });

  it('carry region, document, status, anchor URL and source sentence in every row', () => {
    for (const stem of stems) {
      const rows = JSON.parse(download(dataFileUrl(stem, 'json'))) as Array<Record<string, string>>;
      for (const r of rows) {
        expect(r.region && r.document && r.status && r.url, `${stem}: ${JSON.stringify(r)}`).toBeTruthy();
        // The pending rows name a text not yet sorted: there is no sentence to quote.
        if (stem !== 'pending') expect(typeof r.sentence).toBe('string');
      }
    }
  });
});

/** RFC 4180 with CRLF rows; enough for the files the site writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
