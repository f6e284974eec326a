import { describe, expect, it } from 'vitest';
import { bodyOf, forgetBody, keepBody } from './bodies.ts';

describe('policy text bodies', () => {
  it('gives back what the loader kept, per collection', () => {
    keepBody('documents', 'a', '正文甲');
    keepBody('documentVersions', 'a', '旧版正文');
    expect(bodyOf('documents', 'a')).toBe('正文甲');
    expect(bodyOf('documentVersions', 'a')).toBe('旧版正文');
  });

  it('names the entry whose body is missing', () => {
    keepBody('documents', 'b', '正文乙');
    forgetBody('documents', 'b');
    expect(() => bodyOf('documents', 'b')).toThrow('documents/b: its MDX body was not loaded');
  });
});
