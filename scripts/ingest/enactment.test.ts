import { describe, expect, it } from 'vitest';
import { captionAt, orderAt, orderNumberLine, readCaption } from './enactment.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, raw: text, text }));

describe('the 题注 of a 规章 or 法规', () => {
  it('reads adoption, promulgation by 令 and the date it takes effect', () => {
    expect(
      readCaption(
        '2023年11月20日市人民政府第38次常务会议审议通过　2023年12月5日黄石市人民政府令第12号公布　自2024年3月1日起施行',
      ),
    ).toEqual({
      adopted: '2023-11-20',
      published: '2023-12-05',
      number: '黄石市人民政府令第12号',
      issuer: '黄石市人民政府',
      effective: { date: '2024-03-01', clause: '自2024年3月1日起施行' },
    });
  });
  it('reads a 法规’s: adopted, approved, amended', () => {
    expect(
      readCaption(
        '2016年9月30日某市第十四届人民代表大会常务委员会第三十六次会议通过　2016年12月1日某省第十二届人民代表大会常务委员会第二十五次会议批准　根据2021年7月30日某市第十五届人民代表大会常务委员会第三十次会议《关于修改〈某市养老服务条例〉的决定》修正',
      ),
    ).toEqual({ adopted: '2016-09-30' });
  });
  it('spans lines, and is shown as printed', () => {
    const caption = captionAt(
      lines(
        '（2023年11月20日市人民政府第38次常务会议审议通过',
        '2023年12月5日黄石市人民政府令第12号公布',
        '自2024年3月1日起施行）',
        '第一章　总　　则',
      ),
      0,
    );
    expect(caption?.end).toBe(2);
    expect(caption?.enactment).toMatchObject({ adopted: '2023-11-20', published: '2023-12-05' });
    expect(caption?.enactment.lines.map((l) => l.line)).toEqual([1, 2, 3]);
  });
  it.each([
    '（此件公开发布）',
    '（2023年修订）',
    '（2024年1月2日）',
    '（联系人：张三，电话：1234567）',
    '（市民政局负责）',
  ])('is not a 题注: %s', (text) => expect(captionAt(lines(text), 0)).toBeNull());
});

describe('the 令 that promulgates a 规章', () => {
  it('reads its sentence, its signer and its date', () => {
    const order = orderAt(
      lines(
        '《某市居家养老服务办法》已经2023年11月20日市人民政府第38次常务会议审议通过，现予公布，自2024年3月1日起施行。',
        '市长　张三',
        '2023年12月5日',
        '某市居家养老服务办法',
      ),
      0,
    );
    expect(order?.end).toBe(2);
    expect(order?.enactment).toMatchObject({
      adopted: '2023-11-20',
      published: '2023-12-05',
      signer: '市长　张三',
      effective: { date: '2024-03-01', clause: '自2024年3月1日起施行' },
    });
  });
  it('is none without 现予公布 and a date', () => {
    expect(orderAt(lines('为加强养老服务，制定本办法。', '2023年12月5日'), 0)).toBeNull();
    expect(orderAt(lines('《某办法》已经审议通过，现予公布。', '某市居家养老服务办法'), 0)).toBeNull();
  });
  it('its number', () => {
    expect(orderNumberLine('第12号')).toBe('第12号');
    expect(orderNumberLine('某市人民政府令第12号')).toBe('某市人民政府令第12号');
    expect(orderNumberLine('某政发〔2023〕12号')).toBeNull();
  });
});
