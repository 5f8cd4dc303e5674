/**
 * Sentence boundaries. Intl.Segmenter splits after "Mr." and "U.S." and misses
 * "event.“And" (no space), both common in news copy, so boundaries are found here
 * with each language's abbreviations (grammar classes `abbreviation`, `number-abbreviation`).
 */
import type { Grammar } from './grammar';
import { fold } from './tokens';

const OPENERS = '“„«»"‘(';
const CLOSERS = '”“»«"’)';

export interface Span {
  start: number;
  end: number;
}

/**
 * Longest stretch analysed as one sentence. Real sentences stay far below it (the longest in
 * the corpora is about 620 characters); a page without punctuation would otherwise be one
 * "sentence" whose every anchor rescans all of it. Longer stretches are cut into windows.
 */
export const MAX_SENTENCE = 1000;

/** The grammar classes sentence splitting reads. */
export type Abbreviations = Pick<Grammar, 'abbreviation' | 'number-abbreviation'>;

export function splitSentences(text: string, abbreviations: Abbreviations): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Char codes: most characters are none of these, and no string is made for them.
    const code = text.charCodeAt(i);
    if (code === 10) {
      pushSpan(out, text, start, i);
      start = i + 1;
      continue;
    }
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const c = text[i]!;
    // Swallow runs of terminal punctuation and closing quotes: `…?”` ends after the quote.
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < n && CLOSERS.includes(text[j]!) && !opensWord(text, j)) j++;
    if (c === '.' && isAbbreviation(text, i, abbreviations)) continue;
    // Every later mark of this run ends at the same j and k: once the checks below fail, they fail
    // for those marks too, so skip them ("!!!!…" a megabyte long stays linear).
    const runEnd = j;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k++;
    if (k >= n) {
      i = runEnd - 1;
      continue;
    }
    const next = text[k]!;
    const spaced = k > j;
    const startsSentence = /[\p{Lu}\p{N}]/u.test(next) || OPENERS.includes(next);
    // "event.“And" and "said.The": a capital or an opening quote glued to the period.
    // "EE.UU." and "U.S.": a capital glued to the period that is itself an initial.
    const initialism = !spaced && /^\p{Lu}{1,3}\./u.test(text.slice(k, k + 4));
    if (startsSentence && !initialism && (spaced || /[\p{Lu}“„«]/u.test(next))) {
      pushSpan(out, text, start, j);
      start = k;
      i = k - 1;
    } else {
      i = runEnd - 1;
    }
  }
  pushSpan(out, text, start, n);
  return out;
}

/** `“And`: a mark glued to the following word opens a quote rather than closing one. */
function opensWord(text: string, i: number): boolean {
  return '“«"'.includes(text[i]!) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

function isAbbreviation(text: string, dot: number, abbreviations: Abbreviations): boolean {
  let s = dot;
  while (s > 0 && isLetter(text, s - 1)) s--;
  const word = fold(text.slice(s, dot));
  if (word.length === 0) return false;
  // Initials and initialisms: "Robert S. Mueller", "U.S.", "EE.UU."
  if (word.length === 1 && /\p{Lu}/u.test(text[s]!)) return true;
  if (s > 0 && text[s - 1] === '.') return true;
  // Spanish plural initialisms written with a space: "EE. UU.", "FF. AA.", "CC. OO.".
  if (word.length === 2 && word[0] === word[1] && /\p{Lu}{2}/u.test(text.slice(s, dot))) return true;
  // "No. 10 Downing Street" but not “No. We have not…”
  if (abbreviations['number-abbreviation'].has(word)) return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  return abbreviations.abbreviation.has(word);
}

/** \p{L}, with ASCII answered without the regex. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]!);
}

const LETTER = /\p{L}/u;

function pushSpan(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Over-long stretches are cut in windows, at the last space when there is one in the window's second half.
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    for (let k = cut; k > start + MAX_SENTENCE / 2; k--) {
      if (text[k] === ' ') {
        cut = k;
        break;
      }
    }
    out.push({ start, end: cut });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end });
}
