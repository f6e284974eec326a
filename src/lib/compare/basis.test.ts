import { describe, expect, it } from 'vitest';
import { basisGroups, normalizeDocumentNumber } from './basis.ts';

describe('basisGroups', () => {
  it('treats ﹝﹞ and 〔〕 as the same number', () => {
    expect(normalizeDocumentNumber('云办发﹝2022﹞67号')).toBe(normalizeDocumentNumber('云办发〔2022〕67号'));
  });

  it('groups the local documents under each higher-level one, national first', () => {
    const groups = basisGroups([
      {
        id: 'nantong',
        implements: [
          { title: '中共中央办公厅国务院办公厅关于推进基本养老服务体系建设的意见', number: '中办发〔2022〕42号' },
          { title: '省委办公厅省政府办公厅关于推进基本养老服务体系建设的若干措施', number: '苏办发〔2022〕62号' },
        ],
      },
      { id: 'baoshan', implements: [{ title: '中共云南省委办公厅…的通知', number: '云办发﹝2022﹞67号' }] },
      { id: 'other', implements: [{ title: '中共云南省委办公厅…通知', number: '云办发〔2022〕67号' }] },
      { id: 'pingliang', implements: [{ title: '国务院办公厅关于促进养老托育服务健康发展的意见', number: '未注明' }] },
      { id: 'ningxia', implements: [] },
    ]);
    expect(groups.map((g) => [g.level, g.number, g.documents])).toEqual([
      ['national', '中办发〔2022〕42号', ['nantong']],
      ['national', '未注明', ['pingliang']],
      ['provincial', '苏办发〔2022〕62号', ['nantong']],
      ['provincial', '云办发﹝2022﹞67号', ['baoshan', 'other']],
    ]);
    expect(groups[3]!.titles).toHaveLength(2);
  });
});
