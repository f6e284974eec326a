import QRCode from 'qrcode';
import { expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

it('encodes the whole URL, fragment included, in an SVG', async () => {
  const url = 'https://example.org/finder/#r=daye&age=82&econ=%E4%BD%8E%E6%94%B6%E5%85%A5';
  const svg = await qrSvg(url);
  expect(svg.startsWith('<svg')).toBe(true);
  // The modules are the library's encoding of exactly these bytes.
  const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  expect(modules.size).toBeGreaterThanOrEqual(29);
  expect(svg).toContain(`viewBox="0 0 ${modules.size + 4} ${modules.size + 4}"`);
});
