/**
 * The shape of a demo-gallery sample article: written for training, rendered as ordinary news
 * markup, with the claims the engine must mark (`planted`) and the look-alikes it must not
 * (`negatives`). Both are quoted verbatim from the article text so tests find them by substring.
 */
import type { PatternId } from '@/rules/types';

export type ArticlePart =
  | { kind: 'p'; text: string }
  | { kind: 'blockquote'; text: string; cite: string }
  | { kind: 'figure'; caption: string };

export interface PlantedClaim {
  pattern: PatternId;
  /** Exactly the text the engine marks. */
  text: string;
}

export interface SampleArticle {
  id: string;
  headline: string;
  /** Shown above the headline ("Politics", "Analysis"). */
  section: string;
  byline: string;
  /** City in capitals, printed before the first paragraph. */
  dateline: string;
  /** ISO date. */
  published: string;
  /** The first paragraph follows the dateline. */
  parts: ArticlePart[];
  planted: PlantedClaim[];
  /** Sentences that look like claims but are not (reports of findings, other senses, other topics). */
  negatives: string[];
}
