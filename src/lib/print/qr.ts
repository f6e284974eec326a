/**
 * QR codes for printed cards, made by the `qrcode` library: an SVG that leads back to the page (an item's
 * canonical URL, or a finder result's URL with its answers). Made in the browser at print time, so that it
 * encodes the address the page is actually served at, on any host or mirror.
 */
import QRCode from 'qrcode';

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
