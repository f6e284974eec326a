/**
 * The build date the pages work statuses and validity out for (src/lib/lifecycle/today.ts, docs/lifecycle.md):
 * SITE_TODAY, which the site-build integration checks and fixes once per build, else the day in China.
 */
import { siteToday } from '../lib/lifecycle/today.ts';

export const SITE_TODAY: string = siteToday(process.env.SITE_TODAY, new Date());
