/**
 * Binary searches over a block's tokens and sentences by character offset. Both are sorted and
 * never overlap; attribution asks these for every quote, and a paragraph may hold thousands.
 */
import type { Token } from './tokens';

interface Spanned {
  start: number;
  end: number;
}

/** Index of the first item whose start is at or after `offset` (items.length when none). */
function firstFrom(items: readonly Spanned[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `offset`, or -1. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  const i = firstFrom(tokens, offset);
  return i < tokens.length ? i : -1;
}

/** Index of the first sentence starting at or after `offset`, or -1. */
export function firstSentenceFrom(sentences: readonly Spanned[], offset: number): number {
  const i = firstFrom(sentences, offset);
  return i < sentences.length ? i : -1;
}

/** Index of the sentence with start <= offset < end, or -1. */
export function sentenceAt(sentences: readonly Spanned[], offset: number): number {
  const i = firstFrom(sentences, offset + 1) - 1;
  return i >= 0 && offset < sentences[i]!.end ? i : -1;
}
