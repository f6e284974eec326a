import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingestSource } from '../../scripts/ingest/index.ts';
import { readTable } from '../../src/model/read.ts';

const registry = readTable('content', 'content', 'sources').rows ?? [];

describe.each(registry)('ingestion of $file', (entry) => {
  const raw = readFileSync(`content/sources/${entry.file}`);
  it('reproduces the committed content files exactly, every time', async () => {
    const first = await ingestSource(entry, raw);
    const second = await ingestSource(entry, raw);
    expect(first.problems).toEqual([]);
    expect([...second.files]).toEqual([...first.files]);
    for (const [path, text] of first.files) expect(readFileSync(`content/${path}`, 'utf8'), path).toBe(text);
  });
});

describe('the 大冶 list', () => {
  const list = parse(readFileSync('content/lists/daye-jiben-yanglao-qingdan.yaml', 'utf8'));
  it('has 27 items with typed amounts and ages', () => {
    expect(list.items).toHaveLength(27);
    const item = (n: number) => list.items[n - 1];
    expect(item(17).amounts).toEqual([{ kind: 'money', value: 100, unit: '元/月/人', qualifier: '不低于', text: '不低于100元/月/人' }]);
    expect(item(17).ages).toEqual([{ value: 80, bound: 'min', text: '80周岁及以上' }]);
    expect(item(3).ages[0].value).toBe(80);
    expect(item(8).ages[0].value).toBe(65);
    expect(item(12).tier).toBe('保障');
    expect(item(11).tier).toBe('普惠');
  });
  it('the 保山 list is marked missing with its 29 declared items and tiers', () => {
    const baoshan = parse(readFileSync('content/lists/baoshan-jiben-yanglao-qingdan.yaml', 'utf8'));
    expect(baoshan).toMatchObject({ itemsMissing: true, items: [], declaredItemCount: 29 });
    expect(baoshan.tiers.map((t: { tier: string; from: number; to: number }) => [t.tier, t.from, t.to])).toEqual([['普惠', 1, 12], ['保障', 13, 29]]);
  });
});
