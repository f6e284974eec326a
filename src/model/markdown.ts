/**
 * How Markdown is read, for the site's own pages (astro.config.mjs) and for policy text (src/data/policy-text.ts):
 * one setting in one place, so a policy text renders as the rest of the site would render it.
 */

/** Sätteri's parser features: GFM (tables, strikethrough …) on; smart punctuation off — policy text is verbatim,
 * no quote, dash or ellipsis may be substituted. */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false } as const;
