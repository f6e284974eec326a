/**
 * The built site (dist/) served locally and Debian's Chromium, for a browser test file: started before its
 * tests, closed after them. Call at the top level of the file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST } from '../site/dist.ts';

export interface BuiltSite {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly browser: Browser;
}

export function builtSiteInChromium(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server!.origin;
    },
    get browser() {
      return browser!;
    },
  };
}
