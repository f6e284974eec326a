/** The one way a content check reports a problem: a line that starts with the file. */
import type { ContentFile } from '../../model/read.ts';

export type Report = (file: ContentFile | string, message: string) => void;

/** A report function and the lines it collected. */
export function collector(): { errors: string[]; report: Report } {
  const errors: string[] = [];
  const report: Report = (file, message) => errors.push(`${typeof file === 'string' ? file : file.path}: ${message}`);
  return { errors, report };
}

/** The way out for a review file a new text lacks: publish the text first (docs/content-model.md). */
export const publishFirst = (label: string): string =>
  `; or, to publish the text first, mark its source review: "pending" in ${label}/sources/sources.yaml`;
