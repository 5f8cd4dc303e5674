/**
 * Direct-quote spans in a block: curly, straight, guillemet (« » and German » «) and
 * German „…“ quotes. A quote left open at the end of a paragraph continues into the
 * next paragraph when that one reopens it (the newspaper convention).
 */

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark and just past the closing mark. */
  outerStart: number;
  outerEnd: number;
  /** The block ended before the quote was closed. */
  open: boolean;
}

const CLOSERS_FOR: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '"': '"',
  '‹': '›',
};

const OPENER = /[“„«»"‹]/g;
/** Per opening mark, what ends the search for its closer: a closer, or for “ another “. */
const STOPS: Record<string, RegExp> = { '“': /[”“]/g, '„': /[“”]/g, '«': /»/g, '»': /«/g, '"': /"/g, '‹': /›/g };

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    // Jump to the next possible opening mark instead of walking every character.
    OPENER.lastIndex = i;
    const found = OPENER.exec(text);
    if (!found) break;
    i = found.index;
    const c = text[i]!;
    const closers = CLOSERS_FOR[c];
    // German »…« only when » opens a word; otherwise » is a closer we skip.
    if (!closers || (c === '»' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))) {
      i++;
      continue;
    }
    // The first closer; a fresh opening curly quote before any closer: the previous quote was never closed.
    const stop = STOPS[c]!;
    stop.lastIndex = i + 1;
    const j = stop.exec(text)?.index ?? text.length;
    const closed = j < text.length && closers.includes(text[j]!);
    const end = closed ? j : text.length;
    const span = trim(text, i + 1, end);
    if (span.end > span.start) {
      out.push({ start: span.start, end: span.end, outerStart: i, outerEnd: closed ? j + 1 : end, open: !closed });
    }
    i = closed ? j + 1 : end;
  }
  return out;
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s\u00a0\u202f]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u202f]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Index of the quote whose words [start, end) contain `offset` (with `outer`, whose marks
 * [outerStart, outerEnd) do), or -1. Quotes are sorted and never overlap, so this is a binary
 * search: attribution asks it for many words, and a paragraph may hold thousands of quotes.
 */
export function quoteAt(quotes: readonly QuoteSpan[], offset: number, outer = false): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((outer ? quotes[mid]!.outerEnd : quotes[mid]!.end) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  if (!q) return -1;
  return (outer ? q.outerStart <= offset && offset < q.outerEnd : q.start <= offset && offset < q.end) ? lo : -1;
}

/** Whether [start, end) lies inside the words of one quote (a token inside a quote). */
export function inQuote(quotes: readonly QuoteSpan[], start: number, end: number, outer = false): boolean {
  const k = quoteAt(quotes, start, outer);
  return k >= 0 && end <= (outer ? quotes[k]!.outerEnd : quotes[k]!.end);
}

/** Indices [from, to) of the quotes whose words overlap [start, end). */
export function quotesOverlapping(quotes: readonly QuoteSpan[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < quotes.length && quotes[to]!.start < end) to++;
  return [lo, to];
}
