/**
 * The build date the pages work statuses and validity out for (src/model/build-date.ts, docs/lifecycle.md):
 * SITE_TODAY, which the site-build integration checks and fixes once per build, else the day in China.
 */
import { buildDate } from '../model/build-date.ts';

export const SITE_TODAY: string = buildDate();
