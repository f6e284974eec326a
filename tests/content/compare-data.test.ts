/**
 * The comparison views on the real content: every 大冶 item in the services matrix, 保山's missing list
 * shown as such, the shared metrics side by side, every task tagged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDataOf } from '../../src/lib/compare/data.ts';
import { DOWNLOADS } from '../../src/lib/compare/rows.ts';
import { readContent } from '../../src/model/read.ts';
import { comparedRegions, metricViews, serviceMatrix, taggedItems, taggedTasks, topicView } from '../../src/lib/compare/views.ts';

/** A fixed build date (docs/lifecycle.md): the statuses never depend on the wall clock. */
const TODAY = '2026-12-01';
const data = compareDataOf(readContent('content'), TODAY);

describe('comparison views of the committed content', () => {
  it('compares the five regions that have documents', () => {
    expect(comparedRegions(data).map((r) => r.name)).toEqual(['南通市', '大冶市', '保山市', '平凉市', '宁夏回族自治区']);
  });

  it('puts each of the 27 大冶 items in exactly one row of the services matrix', () => {
    const matrix = serviceMatrix(data);
    const daye = matrix.flatMap((row) => row.cells.filter((c) => c.region.id === 'daye').flatMap((c) => c.items.map((i) => i.item.number)));
    expect(daye.sort((a, b) => a - b)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(matrix.every((row) => row.cells.find((c) => c.region.id === 'baoshan')!.status === 'list-missing')).toBe(true);
    expect(matrix.every((row) => row.cells.find((c) => c.region.id === 'nantong')!.status === 'no-list')).toBe(true);
  });

  it('links 南通’s 尊老金 to 高龄津贴 through the text that names it', () => {
    const row = serviceMatrix(data).find((r) => r.kind.id === 'gaoling-jintie')!;
    expect(row.cells.find((c) => c.region.id === 'nantong')!.mentions.map((t) => t.anchor)).toEqual(['task-3']);
  });

  it('sets the lottery-fund shares of 保山, 大冶 and 平凉 side by side', () => {
    const lottery = metricViews(data).find((v) => v.metric.id === 'lottery-fund-share')!;
    expect(lottery.rows.map((r) => [r.region.name, r.commitment.comparator, r.commitment.value])).toEqual([
      ['大冶市', '≥', 60], ['保山市', '≥', 55], ['平凉市', '≥', 60],
    ]);
  });

  it('reports commitments and metrics per region (the numbers in the issue note)', () => {
    const views = metricViews(data);
    const perRegion = comparedRegions(data).map((r) => {
      const rows = views.flatMap((v) => v.rows).filter((row) => row.region.id === r.id);
      return `${r.name}: ${rows.length} commitments on ${new Set(rows.map((row) => row.commitment.metric)).size} metrics`;
    });
    const shared = views.filter((v) => v.regions >= 2).length;
    console.log(`commitments per region:\n  ${perRegion.join('\n  ')}\n  ${views.length} metrics, ${shared} shared by two or more regions`);
    // The numbers docs/compare.md reports: change both together.
    expect(perRegion).toEqual([
      '南通市: 19 commitments on 18 metrics',
      '大冶市: 9 commitments on 8 metrics',
      '保山市: 20 commitments on 20 metrics',
      '平凉市: 7 commitments on 6 metrics',
      '宁夏回族自治区: 1 commitments on 1 metrics',
    ]);
    expect([views.length, shared]).toEqual([37, 10]);
  });

  it('tags every task and item, and shows “未涉及” as an empty column', () => {
    expect(taggedTasks(data).filter((t) => t.topics.length === 0)).toEqual([]);
    expect(taggedItems(data).filter((i) => !i.service)).toEqual([]);
    const tuoyu = topicView('tuoyu-fuwu', data);
    expect(tuoyu.filter((c) => c.tasks.length > 0).map((c) => c.region.id)).toEqual(['pingliang']);
  });
});

describe('comparison views of a list that states no tiers and prints a local service type', () => {
  it('still puts every item in the services matrix and the item download, with tier 未注明 and the type as printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-untiered-'));
    try {
      cpSync('content', dir, { recursive: true });
      const file = join(dir, 'lists/daye-jiben-yanglao-qingdan.yaml');
      const text = readFileSync(file, 'utf8')
        .replace(/^tiers:\n(?: {2}.*\n| {4}.*\n)+/mu, 'tiers: []\n')
        .replaceAll(/tier: "(普惠|保障)"/gu, 'tier: "未注明"')
        .replace('type: "照护服务"', 'type: "健康服务"');
      writeFileSync(file, text);
      const untiered = compareDataOf(readContent(dir), TODAY);
      const daye = serviceMatrix(untiered).flatMap((row) =>
        row.cells.filter((c) => c.region.id === 'daye').flatMap((c) => c.items.map((i) => i.item.number)),
      );
      expect(daye.sort((a, b) => a - b)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
      const rows = DOWNLOADS.items.rows(untiered).filter((r) => r.list === 'daye-jiben-yanglao-qingdan');
      expect(rows).toHaveLength(27);
      expect(new Set(rows.map((r) => r.tier))).toEqual(new Set(['未注明']));
      expect(rows.map((r) => r.type)).toContain('健康服务');
      for (const row of rows) DOWNLOADS.items.schema.parse(row);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
