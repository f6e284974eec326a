import { describe, expect, it } from 'vitest';
import { fileSize, HOST_FILE_LIMIT, rowFileBody, rowsByProvince, writesUncompressed } from './downloads.ts';

const PROVINCE: Record<string, string> = {
  保山市: 'yunnan',
  大冶市: 'hubei',
  黄石市: 'hubei',
  宁夏回族自治区: 'ningxia',
};
const rows = [
  { region: '大冶市', n: 1 },
  { region: '保山市', n: 2 },
  { region: '黄石市', n: 3 },
  { region: '大冶市', n: 4 },
  { region: '宁夏回族自治区', n: 5 },
];

describe('rowsByProvince', () => {
  it('puts each row under its province once, in the rows’ order, and gives every province an entry', () => {
    const groups = rowsByProvince(rows, ['hubei', 'gansu', 'yunnan', 'ningxia'], (r) => PROVINCE[r.region]);
    expect([...groups.keys()]).toEqual(['hubei', 'gansu', 'yunnan', 'ningxia']);
    expect(groups.get('hubei')!.map((r) => r.n)).toEqual([1, 3, 4]);
    expect(groups.get('gansu')).toEqual([]);
    expect(groups.get('yunnan')!.map((r) => r.n)).toEqual([2]);
    expect(groups.get('ningxia')!.map((r) => r.n)).toEqual([5]);
    expect([...groups.values()].flat()).toHaveLength(rows.length);
  });

  it('asks for each row’s province once (one pass, not one filter per province)', () => {
    let calls = 0;
    const provinces = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const many = Array.from({ length: 3000 }, (_, i) => ({ p: `p${i % 30}` }));
    const groups = rowsByProvince(many, provinces, (r) => {
      calls++;
      return r.p;
    });
    expect(calls).toBe(many.length);
    expect(groups.get('p7')).toHaveLength(100);
  });

  it('throws for a row whose region is in no province named', () => {
    expect(() => rowsByProvince(rows, ['hubei'], (r) => PROVINCE[r.region])).toThrow(/no province among hubei/u);
  });
});

describe('rowFileBody', () => {
  const columns = ['region', 'value', 'upTo'];
  const body = [{ region: '保山市', value: 55, upTo: null }];

  it('writes the JSON array and the CSV with the schema’s columns in order', () => {
    expect(rowFileBody('json', columns, body)).toBe(
      '[\n  {\n    "region": "保山市",\n    "value": 55,\n    "upTo": null\n  }\n]',
    );
    expect(rowFileBody('csv', columns, body)).toBe('\uFEFFregion,value,upTo\r\n保山市,55,\r\n');
  });

  it('writes the header (CSV) or an empty array (JSON) when there are no rows', () => {
    expect(rowFileBody('json', columns, [])).toBe('[]');
    expect(rowFileBody('csv', columns, [])).toBe('\uFEFFregion,value,upTo\r\n');
  });
});

describe('writesUncompressed', () => {
  it('keeps a whole-country file uncompressed up to the host’s file limit, and not past it', () => {
    expect(HOST_FILE_LIMIT).toBe(25 * 1024 * 1024);
    expect(writesUncompressed(16_000_000)).toBe(true);
    expect(writesUncompressed(HOST_FILE_LIMIT)).toBe(true);
    expect(writesUncompressed(HOST_FILE_LIMIT + 1)).toBe(false);
    expect(writesUncompressed(2_000, 1_000)).toBe(false);
  });
});

describe('fileSize', () => {
  it('shows bytes, kB or MB with three significant digits', () => {
    expect(fileSize(512)).toBe('512 B');
    expect(fileSize(1_234)).toBe('1.23 kB');
    expect(fileSize(45_678)).toBe('45.7 kB');
    expect(fileSize(456_789)).toBe('457 kB');
    expect(fileSize(999_999)).toBe('1 MB');
    expect(fileSize(15_900_000)).toBe('15.9 MB');
    expect(fileSize(159_000_000)).toBe('159 MB');
  });
});
