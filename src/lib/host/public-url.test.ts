import { expect, it } from 'vitest';
import { publicUrl } from './public-url.ts';

it('makes a site path absolute at the site address', () => {
  expect(publicUrl('/documents/x/', 'https://example.org/')).toBe('https://example.org/documents/x/');
  expect(publicUrl('/lists/l/item-1/', new URL('https://example.org'))).toBe('https://example.org/lists/l/item-1/');
});

it('gives no address without a site address (a build without SITE_URL names no origin)', () => {
  expect(publicUrl('/documents/x/', undefined)).toBeUndefined();
});
