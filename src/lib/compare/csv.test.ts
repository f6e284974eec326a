import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting, ends lines with CRLF', () => {
    expect(
      toCsv(
        ['地区', '句子'],
        [
          ['保山市', '确保“彩票公益金”55%以上,用于养老。'],
          ['大冶市', 'say "hi"'],
          ['x', null],
        ],
      ),
    ).toBe('\uFEFF地区,句子\r\n保山市,"确保“彩票公益金”55%以上,用于养老。"\r\n大冶市,"say ""hi"""\r\nx,\r\n');
  });
});
