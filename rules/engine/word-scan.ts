/**
 * Word boundaries of a folded block without building strings: the prefilter runs over every
 * block of every page, and allocating each word was most of its cost. Boundaries follow the
 * full tokenizer where anchors care: "don't" stays whole, "l'ingerence" and "russia's" split,
 * "u.s." is one word.
 */
import { ELISIONS } from './tokens';

export interface WordSpans {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const ELIDED = new Set(ELISIONS);
let shared: WordSpans = { starts: new Int32Array(4096), ends: new Int32Array(4096), count: 0 };

/** Letters and digits of folded text below U+0500, as a table: the scan reads it for every character. */
const LETTER = new Uint8Array(0x500);
for (let c = 0; c < 0x500; c++)
  LETTER[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f) || c >= 0x400 ? 1 : 0;

function isLetter(c: number): boolean {
  // Folded text is mostly lower-case ASCII: answered by one comparison before the table.
  if (c >= 97 && c <= 122) return true;
  return c < 0x500 && LETTER[c] === 1;
}

function push(start: number, end: number): void {
  if (shared.count === shared.starts.length) {
    const size = shared.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(shared.starts);
    ends.set(shared.ends);
    shared = { starts, ends, count: shared.count };
  }
  shared.starts[shared.count] = start;
  shared.ends[shared.count] = end;
  shared.count++;
}

/** Scans `text` (already folded). The result is reused by the next call: read it first. */
export function scanWords(text: string): WordSpans {
  shared.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) i++;
      else if ((c === 39 || c === 45) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        if (c === 39) apostrophe = true;
        i++;
      } else break;
    }
    // Initialisms: "u.s.", "ee.uu."
    if (i - start <= 2 && text.charCodeAt(i) === 46 && isLetter(text.charCodeAt(i + 1))) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 46 && isLetter(text.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < n && isLetter(text.charCodeAt(k)) && k - j <= 2) k++;
        if (text.charCodeAt(k) !== 46) break;
        j = k;
      }
      if (j > i) {
        push(start, j + 1);
        i = j + 1;
        continue;
      }
    }
    // Only a word with an inner apostrophe needs splitting ("l'ingerence", "russia's").
    if (apostrophe) splitWord(text, start, i);
    else if (shared.count < shared.starts.length) {
      // push() without the call, for the common word.
      const k = shared.count++;
      shared.starts[k] = start;
      shared.ends[k] = i;
    } else push(start, i);
  }
  return shared;
}

function splitWord(text: string, start: number, end: number): void {
  const apostrophe = text.indexOf("'", start);
  // indexOf runs on to the end of the block: bounded by `end` here, so only within the word.
  if (apostrophe < 0 || apostrophe >= end) return push(start, end);
  const head = text.slice(start, apostrophe);
  if (ELIDED.has(head) && !(end - apostrophe === 2 && text[end - 1] === 't')) {
    push(start, apostrophe + 1);
    return splitWord(text, apostrophe + 1, end);
  }
  if (end - start > 2 && text.charCodeAt(end - 2) === 39 && text[end - 1] === 's') {
    push(start, end - 2);
    return push(end - 2, end);
  }
  push(start, end);
}
