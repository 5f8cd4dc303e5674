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

/**
 * The quote spans of a block. `continues` are the closing marks of a quote the previous
 * paragraph left open when this one does not reopen it: its words up to the first such mark
 * are still quoted ("…abroad,” Peskov told reporters.").
 */
export function findQuotes(text: string, continues = ''): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  const lead = continues ? continuedUntil(text, continues) : -1;
  if (lead > 0) {
    const span = trim(text, 0, lead);
    if (span.end > span.start) out.push({ ...span, outerStart: 0, outerEnd: lead + 1, open: false });
    i = lead + 1;
  }
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
  return text.length <= SHORT_TEXT ? withSingleQuotes(text, out) : out;
}

/** Headlines and short lines quote with single marks ('absurd', ‘We did not interfere’). */
const SHORT_TEXT = 300;
const SINGLE_OPEN = /['‘]/;
const SINGLE_CLOSE = /['’]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Single-quoted spans in a short text, where an apostrophe is told from a mark by position: an
 * opening mark starts a word after a space or the start, a closing one ends a word before a space,
 * punctuation or the end ("the Americans' claims" opens nothing). Spans inside double quotes are left alone.
 */
function withSingleQuotes(text: string, quotes: QuoteSpan[]): QuoteSpan[] {
  const extra: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!SINGLE_OPEN.test(text[i]!) || (i > 0 && !/[\s(:—–-]/.test(text[i - 1]!)) || !WORD_CHAR.test(text[i + 1] ?? ''))
      continue;
    let j = i + 2;
    while (
      j < text.length &&
      !(SINGLE_CLOSE.test(text[j]!) && !WORD_CHAR.test(text[j + 1] ?? '') && /[\p{L}\p{N}.!?…]/u.test(text[j - 1]!))
    )
      j++;
    if (j >= text.length) break;
    if (!quotes.some((q) => q.outerStart < j + 1 && i < q.outerEnd))
      extra.push({ ...trim(text, i + 1, j), outerStart: i, outerEnd: j + 1, open: false });
    i = j;
  }
  return extra.length ? [...quotes, ...extra].sort((a, b) => a.outerStart - b.outerStart) : quotes;
}

/** Where a quote carried over from the previous paragraph closes: its first closing mark before any opening one. */
function continuedUntil(text: string, closers: string): number {
  if (/^[\s\u00a0]*[“„«"‹]/.test(text)) return -1;
  for (let j = 0; j < text.length; j++) {
    const c = text[j]!;
    if (closers.includes(c)) return j;
    if (c !== '"' && /[“„«‹]/.test(c)) return -1;
  }
  return -1;
}

/** The closing marks of the quote `text` leaves open at its end ('' when none). */
export function openAtEnd(text: string): string {
  const last = findQuotes(text).at(-1);
  return last?.open ? (CLOSERS_FOR[text[last.outerStart]!] ?? '') : '';
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
