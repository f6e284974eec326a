import { expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

// Whether the code reads back as the URL is checked in Chromium (tests/browser/finder/print-card.test.ts, with jsQR).
it('makes an SVG QR code, larger for longer URLs', async () => {
  const short = await qrSvg('https://example.org/a/');
  const long = await qrSvg(`https://example.org/finder/#r=daye&age=82&econ=${'%E4%BD%8E'.repeat(10)}`);
  expect(short.startsWith('<svg')).toBe(true);
  const size = (svg: string) => Number(/viewBox="0 0 (\d+)/u.exec(svg)![1]);
  expect(size(long)).toBeGreaterThan(size(short));
});
