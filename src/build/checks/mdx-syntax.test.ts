import { describe, expect, it } from 'vitest';
import { mdxSyntaxError } from './documents.ts';

describe('mdxSyntaxError', () => {
  it('passes a body of allowed components and escaped text', () => {
    expect(
      mdxSyntaxError('<Preamble anchor="preamble">\n\n1\\.为深入贯彻 \\< 与 \\{\n\n</Preamble>\n'),
    ).toBeUndefined();
  });

  it('names the line and the reason of an unclosed or stray tag', () => {
    expect(mdxSyntaxError('第一段\n\n<Heading anchor="a">标题\n\n正文')).toEqual({
      line: 3,
      reason: expect.stringContaining('Expected a closing tag for `<Heading>`'),
    });
    expect(mdxSyntaxError('一 </b> 二')).toEqual({
      line: 1,
      reason: expect.stringContaining('Unexpected closing tag'),
    });
  });

  it('leaves out positions counted from the body, which the report replaces by the file line', () => {
    expect(mdxSyntaxError('甲\n\n<Notice anchor="notice">\n')?.reason).not.toMatch(/\(\d+:\d+\)/u);
  });

  it('reads a bare < as a broken tag, not as text', () => {
    expect(mdxSyntaxError('甲\n\n60<岁')?.line).toBe(3);
  });
});
