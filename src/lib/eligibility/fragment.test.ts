import { describe, expect, it } from 'vitest';
import { readFragment, writeFragment, type FinderState } from './fragment.ts';

describe('the finder fragment', () => {
  it('round-trips every answer', () => {
    const state: FinderState = {
      region: 'daye',
      profile: {
        age: 82,
        hukou: 'local',
        home: 'urban',
        economic: '低收入',
        care: 'none',
        disability: 0,
        family: ['独居', '空巢'],
        military: 'none',
      },
    };
    const hash = writeFragment(state);
    expect(hash).toBe(
      '#r=daye&age=82&hukou=local&home=urban&econ=%E4%BD%8E%E6%94%B6%E5%85%A5&care=none&dis=0&family=%E7%8B%AC%E5%B1%85%2C%E7%A9%BA%E5%B7%A2&mil=none',
    );
    expect(readFragment(hash)).toEqual(state);
  });

  it('keeps “none of these” apart from “not answered”', () => {
    expect(readFragment('#family=').profile.family).toEqual([]);
    expect(readFragment('#age=70').profile.family).toBeUndefined();
  });

  it('drops what it does not know', () => {
    expect(readFragment('#r=../x&age=999&hukou=mars&dis=7&family=富裕,独居&econ=低保')).toEqual({
      profile: { family: ['独居'], economic: '低保' },
    });
    expect(readFragment('#family=富裕').profile.family).toBeUndefined();
    expect(readFragment('')).toEqual({ profile: {} });
  });
});
