/**
 * Text selectors of the W3C Web Annotation Data Model (§4.2.4, §4.2.5) and the re-anchoring
 * that proves ours work: an exported annotation is only useful if a client can find its
 * passage again in the source text.
 *
 * Positions are Unicode code points, as the model requires (not UTF-16 code units, which is
 * what JavaScript indexes): a page with emoji before the claim must still anchor.
 */
import { codePointOffset, utf16Offset } from './document';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code point offsets into the document text; end exclusive. */
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** Prefix and suffix length in code points: enough to tell apart repeated sentences, short enough to survive edits. */
export const CONTEXT_LENGTH = 32;

/** The two selectors for `text` between UTF-16 indices `start` and `end`. */
export function selectorsFor(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end, end + CONTEXT_LENGTH * 2));
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: before.slice(-CONTEXT_LENGTH).join(''),
    suffix: after.slice(0, CONTEXT_LENGTH).join(''),
  };
  const cpStart = codePointOffset(text, start);
  return [quote, { type: 'TextPositionSelector', start: cpStart, end: cpStart + Array.from(quote.exact).length }];
}

/** How well the text around an occurrence agrees with the selector's prefix and suffix (0–2). */
function contextScore(text: string, at: number, quote: TextQuoteSelector): number {
  let score = 0;
  if (quote.prefix && text.slice(0, at).endsWith(quote.prefix)) score++;
  if (quote.suffix && text.startsWith(quote.suffix, at + quote.exact.length)) score++;
  return score;
}

/**
 * Finds the passage a selector (or a target's selector list) describes in `text`; returns
 * code point offsets, or null when the quote is not in the text at all.
 *
 *  1. every occurrence of `exact` is a candidate (one → done);
 *  2. several: keep those whose prefix and suffix agree best;
 *  3. still a tie: the one nearest the TextPositionSelector, if there is one; else the first.
 *
 * The position only breaks ties: on its own it could point into changed text and highlight
 * the wrong words, which is worse than not anchoring at all.
 */
export function anchorQuote(
  text: string,
  selector: TextQuoteSelector | readonly TextSelector[],
): { start: number; end: number } | null {
  const list: readonly TextSelector[] = Array.isArray(selector) ? selector : [selector as TextQuoteSelector];
  const quote = list.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = list.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote || quote.exact === '') return null;

  const hits: number[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) hits.push(at);
  if (hits.length === 0) return null;

  let best = hits;
  if (hits.length > 1) {
    const scores = hits.map((at) => contextScore(text, at, quote));
    const top = Math.max(...scores);
    best = hits.filter((_, i) => scores[i] === top);
  }
  let chosen = best[0]!;
  if (best.length > 1 && position) {
    const wanted = utf16Offset(text, position.start);
    chosen = best.reduce((a, b) => (Math.abs(b - wanted) < Math.abs(a - wanted) ? b : a));
  }
  const start = codePointOffset(text, chosen);
  return { start, end: start + Array.from(quote.exact).length };
}
