/** A short verbatim opening of a task for the comparison pages: whole sentences, cut only when the first is long. */
import { splitSentences } from '../text.ts';

export interface Excerpt {
  /** Verbatim text from the start of the task. */
  text: string;
  /** True when the first sentence itself was cut short (the page then shows …… as its own mark). */
  cut: boolean;
}

/** Whole sentences from the first paragraph while they fit in `max` characters; at least part of the first. */
export function excerptOf(paragraphs: readonly string[], max = 90): Excerpt {
  const sentences = paragraphs.length > 0 ? splitSentences(paragraphs[0]!) : [];
  if (sentences.length === 0) return { text: '', cut: false };
  const first = sentences[0]!;
  if ([...first].length > max) return { text: [...first].slice(0, max).join(''), cut: true };
  let text = first;
  for (const s of sentences.slice(1)) {
    if ([...text].length + [...s].length > max) break;
    text += s;
  }
  return { text, cut: false };
}
