import { describe, expect, it } from 'vitest';
import { pdfParagraphs, type PdfItem } from './pdf-lines.ts';

/** A page of lines: [text, x, y], 12 pt, 12 pt per character. */
const page = (...lines: [string, number, number][]): PdfItem[] =>
  lines.map(([str, x, y]) => ({ str, x, y, width: [...str].length * 12, size: 12 }));

describe('pdfParagraphs', () => {
  it('joins lines wrapped at the right margin; an indented line or a short line ends a paragraph', () => {
    const text = pdfParagraphs([
      page(
        ['某市养老服务方案', 100, 800],
        ['为贯彻落实有关规定，结合我市实际，', 96, 760],
        ['制定本方案。本方案自二〇二四年一月起施', 72, 740],
        ['行。', 72, 720],
        ['一、总体目标', 96, 700],
        ['- 1 -', 280, 40],
      ),
    ]);
    expect(text.paragraphs).toEqual([
      '某市养老服务方案',
      '为贯彻落实有关规定，结合我市实际，制定本方案。本方案自二〇二四年一月起施行。',
      '一、总体目标',
    ]);
    expect(text.droppedPageNumbers).toEqual(['- 1 -']);
  });

  it('continues a paragraph across a page break, and puts runs of one line in reading order', () => {
    const text = pdfParagraphs([
      page(
        ['标题', 96, 800],
        ['第一段的第一行写满了整个页面的宽度', 72, 780],
        ['第一段的第二行也写满了整个宽度啊', 72, 760],
      ),
      page(['第一段在下一页结束。', 72, 800], ['3', 290, 40]),
      [
        { str: '乙', x: 110, y: 700, width: 12, size: 12 },
        { str: '甲', x: 72, y: 700, width: 12, size: 12 },
        { str: '丙', x: 200, y: 700, width: 12, size: 12 },
      ],
    ]);
    expect(text.paragraphs).toEqual([
      '标题',
      '第一段的第一行写满了整个页面的宽度第一段的第二行也写满了整个宽度啊第一段在下一页结束。',
      '甲 乙 丙',
    ]);
    expect(text.droppedPageNumbers).toEqual(['3']);
  });

  it('keeps a space between Latin words that a line break split', () => {
    const text = pdfParagraphs([
      page(['中文 and English words reach', 72, 800], ['the margin here', 72, 780], ['x', 72, 760]),
    ]);
    expect(text.paragraphs[0]).toBe('中文 and English words reach the margin here');
  });
});
