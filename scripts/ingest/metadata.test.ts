import { describe, expect, it } from 'vitest';
import { citedDocuments, targetYears } from './metadata.ts';

describe('targetYears', () => {
  it('reads the years a text sets targets for', () => {
    expect(targetYears('到2025年，基本建成居家社区机构相协调的养老服务体系；2024年底前完成改造。')).toEqual([
      2024, 2025,
    ]);
  });

  it('does not take a baseline (截至2022年底, 截止到2023年) or a validity (有效期至2028年) for a target', () => {
    expect(targetYears('截至2022年底，全县共有养老机构12家；截止到2023年，建成站点8个；有效期至2028年。')).toEqual([]);
  });
});

describe('citedDocuments', () => {
  it('takes the number in the bracket after a title, and leaves out the own titles', () => {
    expect(
      citedDocuments('根据《关于推进基本养老服务体系建设的意见》（中办发〔2022〕42号）和《某县方案》', ['某县方案']),
    ).toEqual([{ title: '关于推进基本养老服务体系建设的意见', number: '中办发〔2022〕42号' }]);
  });
});
