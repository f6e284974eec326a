import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.ts';

const bytes = (...b: number[]) => Buffer.from(b);

describe('detectFormat', () => {
  it('goes by the bytes first, by the name where the bytes cannot tell', () => {
    expect(detectFormat('a.txt', Buffer.from('某市'))).toEqual({ format: 'text' });
    expect(detectFormat('a.csv', Buffer.from('序号,名称'))).toEqual({ format: 'csv' });
    expect(detectFormat('a.htm', Buffer.from('<p>某市</p>'))).toEqual({ format: 'html' });
    expect(detectFormat('a.pdf', Buffer.from('%PDF-1.7\n'))).toEqual({ format: 'pdf' });
    expect(
      detectFormat('a.docx', Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('word/document.xml')])),
    ).toEqual({
      format: 'docx',
    });
    expect(
      detectFormat('a.xlsx', Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('xl/workbook.xml')])),
    ).toEqual({
      format: 'xlsx',
    });
  });

  it('reads a page named .doc or .txt as a page, and says so', () => {
    expect(detectFormat('a.doc', Buffer.from('\uFEFF<!DOCTYPE html><html><body>x</body></html>'))).toEqual({
      format: 'html',
      note: 'named .doc but is an HTML page: read as an HTML page',
    });
    expect(detectFormat('a.txt', Buffer.from('%PDF-1.4'))).toMatchObject({ format: 'pdf', note: expect.any(String) });
  });

  it('refuses what no library here reads, saying what to do', () => {
    const error = (name: string, raw: Buffer) => (detectFormat(name, raw) as { error: string }).error;
    expect(error('a.txt', Buffer.alloc(0))).toBe('empty file: nothing to ingest');
    expect(error('a.doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toContain(
      'save it as .docx or .xlsx',
    );
    expect(error('scan.pdf', bytes(0xff, 0xd8, 0xff, 0xe0))).toContain('an image (JPEG)');
    expect(error('a.png', bytes(0x89, 0x50, 0x4e, 0x47))).toContain('needs OCR');
    expect(error('a.docx', Buffer.from('plain text'))).toContain('named .docx but is not a docx file');
    expect(error('a.zip', bytes(0x50, 0x4b, 0x03, 0x04, 0))).toContain('a ZIP archive');
    expect(error('a.rtf', Buffer.from('{\\rtf1 x}'))).toContain('RTF');
    expect(error('a.wps', Buffer.from('some text'))).toContain('a .wps file');
  });
});
