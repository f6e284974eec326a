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

/**
 * How long Playwright waits for a page to load, an element or a condition: the machine may be loaded (CI
 * shares it), and waiting for what must happen is not a speed test.
 */
const WAIT_MS = 120_000;

/** The browser, its new contexts (and so its new pages) waiting up to WAIT_MS instead of Playwright's 30 s. */
function patient(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
    return context;
  };
  return browser;
}

export function builtSiteInChromium(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = patient(await launchChromium());
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
