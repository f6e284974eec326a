/** Vitest global set-up of the browser tests: Debian's chromium must be there (apt-get when missing). */
import { ensureChromium } from '../../scripts/lib/chromium.ts';

export default function setup(): void {
  ensureChromium();
}
