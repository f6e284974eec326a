/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json; docs/quality.md
 * says why no-redundant-role is off: the stacked comparison tables keep explicit table roles on purpose).
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';

describe('HTML validation of the built pages', () => {
  it('finds no errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    const pages = builtPages();
    for (const p of pages) {
      const report = await validator.validateString(p.html, `dist${p.path}`);
      for (const r of report.results) {
        for (const m of r.messages) errors.push(`${p.path}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} problems`);
    expect(errors).toEqual([]);
  }); // ~2 s when idle, 17 s on a busy machine: the project's limit grows with the page count (tests/time-limits.ts)
});
