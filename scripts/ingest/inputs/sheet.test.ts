import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvDelimiter, extractCsv, extractXlsx, formatNumber } from './sheet.ts';

describe('formatNumber', () => {
  it('shows numbers as their cell format does', () => {
    expect(formatNumber(0.5, '0%')).toBe('50%');
    expect(formatNumber(0.125, '0.0%')).toBe('12.5%');
    expect(formatNumber(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(formatNumber(100, '0')).toBe('100');
    expect(formatNumber(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatNumber(80, 'General')).toBe('80');
    expect(formatNumber(3000, '#,##0"元"')).toBe('3,000');
  });
});

describe('csvDelimiter', () => {
  it('takes the separator the first lines use most, outside quotes', () => {
    expect(csvDelimiter('序号,名称\n1,"甲;乙;丙"')).toBe(',');
    expect(csvDelimiter('序号;名称;对象\n1;"a,b,c,d";x')).toBe(';');
    expect(csvDelimiter('序号\t名称\n1\t助餐')).toBe('\t');
  });
});

describe('spreadsheets', () => {
  it('reads an .xlsx with its title row, merged cells and number formats', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['某市基本养老服务清单']);
    sheet.mergeCells(1, 1, 1, 3);
    sheet.addRow(['序号', '服务项目', '补贴比例']);
    sheet.addRow([1, '助餐', 0.3]);
    sheet.getCell('C3').numFmt = '0%';
    sheet.addRow([2, '助浴', new Date(Date.UTC(2024, 0, 31))]);
    const text = await extractXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(text.problems).toEqual([]);
    expect(text.text).toBe(
      '某市基本养老服务清单\n\t序号\n\t服务项目\n\t补贴比例\n\t1\n\t助餐\n\t30%\n\t2\n\t助浴\n\t2024-01-31\n',
    );
  });

  it('refuses a table without a title row above it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([
      ['序号', '服务项目'],
      [1, '助餐'],
    ]);
    const text = await extractXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(text.problems[0]!.message).toContain('the table has no title row above it');
  });

  it('reads a GBK .csv with quoted fields and names the line of a broken quote', () => {
    const csv = iconv.encode('某区清单,,\r\n序号,服务项目,说明\r\n1,助餐,"含""配餐"",送餐"\r\n', 'gbk');
    expect(extractCsv(csv)).toMatchObject({
      encoding: 'GB18030',
      text: '某区清单\n\t序号\n\t服务项目\n\t说明\n\t1\n\t助餐\n\t含"配餐",送餐\n',
      problems: [],
    });
    const broken = extractCsv(Buffer.from('某区清单\n序号,名称\n1,"没有结束的引号\n2,x\n'));
    expect(broken.problems).toEqual([
      { line: expect.any(Number), message: expect.stringContaining('not a readable CSV table') },
    ]);
    expect(broken.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });
});
