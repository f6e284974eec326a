import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string) => {
      const r = createRandom(seed);
      return Array.from({ length: 5 }, () => r.int(0, 1000));
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('forks independent sources: drawing from one fork does not shift another', () => {
    const a = createRandom('s');
    const b = createRandom('s');
    a.fork('x').next();
    expect(a.fork('y').next()).toBe(b.fork('y').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('samples distinct elements in their original order', () => {
    const r = createRandom(7);
    const picked = r.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(picked).toHaveLength(5);
    expect([...picked].sort((x, y) => x - y)).toEqual(picked);
    expect(new Set(picked).size).toBe(5);
  });
});
