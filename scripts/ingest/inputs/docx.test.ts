import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocx } from './docx.ts';

describe('extractDocx', () => {
  it('refuses Word automatic numbering, whose numbers are not text, and says how to keep them', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'parts',
            levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('某县养老服务方案'),
            new Paragraph({ text: '总体要求', numbering: { reference: 'parts', level: 0 } }),
            new Paragraph({ text: '主要任务', numbering: { reference: 'parts', level: 0 } }),
          ],
        },
      ],
    });
    const text = await extractDocx(await Packer.toBuffer(doc));
    expect(text.problems).toEqual([
      { line: 1, message: expect.stringContaining("2 paragraphs are numbered by Word's automatic numbering") },
    ]);
    expect(text.problems[0]!.message).toContain('save the document as plain text');
  });

  it('reads typed numbers as text', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('某县养老服务方案'), new Paragraph('一、总体要求')] }],
    });
    expect(await extractDocx(await Packer.toBuffer(doc))).toMatchObject({
      text: '某县养老服务方案\n一、总体要求\n',
      problems: [],
    });
  });

  it('says a broken file is not a readable .docx', async () => {
    const text = await extractDocx(Buffer.from('PK\u0003\u0004word/document.xml and nothing else'));
    expect(text.problems[0]!.message).toMatch(/^not a readable Word \.docx document \(/u);
  });
});
