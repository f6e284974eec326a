import { describe, expect, it } from 'vitest';
import { qrForAddress, qrSvg } from './qr.ts';

const size = (svg: string) => Number(/viewBox="0 0 (\d+)/u.exec(svg)![1]);

// Whether the code reads back as the URL is checked in Chromium (tests/browser/finder/print-card.test.ts, with jsQR).
it('makes an SVG QR code, larger for longer URLs', async () => {
  const short = await qrSvg('https://example.org/a/');
  const long = await qrSvg(`https://example.org/finder/#r=daye&age=82&econ=${'%E4%BD%8E'.repeat(10)}`);
  expect(short.startsWith('<svg')).toBe(true);
  expect(size(long)).toBeGreaterThan(size(short));
});

describe('qrForAddress', () => {
  const withoutAnswers = 'https://example.org/finder/daye/';

  it('encodes the address itself when it fits', async () => {
    const url = 'https://example.org/finder/#r=daye&age=82';
    const qr = await qrForAddress(url, withoutAnswers);
    expect(qr).toMatchObject({ url, fallback: false });
    expect(qr.svg).toBe(await qrSvg(url));
  });

  it('encodes the page without the answers when the address is too long for any QR code', async () => {
    // A fragment of ~3 kB (pasted text, a crafted link): more than a QR code can hold.
    const url = `https://example.org/finder/#r=daye&age=82&x=${'x'.repeat(3000)}`;
    await expect(qrSvg(url)).rejects.toThrow(/too big/u);
    const qr = await qrForAddress(url, withoutAnswers);
    expect(qr).toMatchObject({ url: withoutAnswers, fallback: true });
    expect(qr.svg).toBe(await qrSvg(withoutAnswers));
  });
});
