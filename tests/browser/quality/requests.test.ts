/**
 * The security gate in the browser (docs/quality.md): each template, with its results shown, requests
 * nothing outside the site, breaks no rule of its Content-Security-Policy (the <meta> one and the
 * _headers one, which the test server sends) and logs no error.
 */
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import { TEMPLATES } from './pages.ts';

const site = builtSiteInChromium();

describe('each template, loaded and used', () => {
  it.each(TEMPLATES)('%s requests only the site, breaks no CSP rule and logs no error', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${site.origin}/`) && !/^(data|blob):/u.test(url)) outside.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    const response = await page.goto(`${site.origin}${path}`);
    expect(response!.headers()['content-security-policy'], 'the server sends the _headers policy').toContain(
      "frame-ancestors 'none'",
    );
    if (path.includes('?q=')) await page.waitForSelector('.search-result');
    if (path.includes('#r=')) await page.waitForSelector('entitlement-finder[data-state="done"]');
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(outside).toEqual([]);
    // The 404 page is the one expected error: its own status.
    expect(errors.filter((e) => !(path === '/404.html' && /404/u.test(e)))).toEqual([]);
  });

  it('would notice a request to another site', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.origin)) outside.push(r.url());
    });
    // The planted request is stopped inside the browser: nothing leaves this machine.
    await context.route('http://192.0.2.1/**', (route) => route.abort());
    await page.goto(`${site.origin}/`);
    const planted = page.waitForRequest((r) => r.url().startsWith('http://192.0.2.1/'));
    await page.evaluate(() => {
      const img = new Image();
      img.src = 'http://192.0.2.1/x.png';
    });
    await planted;
    await context.close();
    expect(outside).toEqual(['http://192.0.2.1/x.png']);
  });
});
