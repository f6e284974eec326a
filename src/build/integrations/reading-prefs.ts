import type { AstroIntegration } from 'astro';
import { EARLY_SCRIPT } from '../../lib/reading/prefs.ts';

/**
 * Puts the reading-preferences script (src/lib/reading/prefs.ts) into the <head> of every page. A script
 * injected at the 'head-inline' stage is one Astro hashes into the Content-Security-Policy itself; an
 * `is:inline` script in a layout would not be, and would be blocked (docs/accessibility.md).
 */
export function readingPrefs(): AstroIntegration {
  return {
    name: 'reading-prefs',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', EARLY_SCRIPT),
    },
  };
}
