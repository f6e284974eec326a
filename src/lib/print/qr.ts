/**
 * QR codes for printed cards, made by the `qrcode` library: an SVG that leads back to the page (an item's
 * canonical URL, or a finder result's URL with its answers). Made in the browser at print time, so that it
 * encodes the address the page is actually served at, on any host or mirror.
 */
import QRCode from 'qrcode';

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export interface PrintQr {
  svg: string;
  /** The address the code leads to. */
  url: string;
  /** True when `url` is the fallback: the address itself was too long for a QR code. */
  fallback: boolean;
}

/**
 * A QR code of `url`, or of `fallback` when `url` does not fit in any QR code (about 2.3 kB at this
 * error correction level): a finder address can carry anything after its answers, and a card that cannot be
 * printed helps nobody. `fallback` is a short address of the same page without the answers.
 */
export async function qrForAddress(url: string, fallback: string): Promise<PrintQr> {
  try {
    return { svg: await qrSvg(url), url, fallback: false };
  } catch {
    return { svg: await qrSvg(fallback), url: fallback, fallback: true };
  }
}
