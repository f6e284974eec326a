import { describe, expect, it } from 'vitest';
import { placesOf, shortNames } from './places.ts';

describe('shortNames', () => {
  it.each([
    ['大冶市', ['大冶']],
    ['宁夏回族自治区', ['宁夏']],
    ['湖北省', ['湖北']],
    ['大理白族自治州', ['大理白族', '大理']],
    ['黔东南苗族侗族自治州', ['黔东南苗族侗族', '黔东南']],
    ['沛县', []],
    ['东区', []],
  ])('%s → %j', (name, short) => expect(shortNames(name)).toEqual(short));
});

describe('placesOf', () => {
  it('files provinces under the province filter and other regions under the region filter', () => {
    const places = placesOf(['湖北省', '黄石市', '大冶市'], ['湖北省']);
    expect(places.get('湖北')).toEqual([{ name: '湖北省', filter: 'province' }]);
    expect(places.get('大冶市')).toEqual([{ name: '大冶市', filter: 'region' }]);
    expect(places.get('黄石')).toEqual([{ name: '黄石市', filter: 'region' }]);
  });

  it('keeps every region a shared short form names', () => {
    expect(
      placesOf(['朝阳市', '朝阳区'], [])
        .get('朝阳')
        ?.map((p) => p.name),
    ).toEqual(['朝阳市', '朝阳区']);
  });
});
