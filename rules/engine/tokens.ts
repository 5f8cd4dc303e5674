/**
 * Tokenisation shared by every stage. Tokens keep their offsets into the block so a
 * finding can always be mapped back to the exact characters the reader sees.
 */
import { LANGS, LANGUAGES } from '../types';

export interface Token {
  /** Original text. */
  raw: string;
  /** Folded form: lower case, no diacritics, ё→е, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  /** True for letters/digits, false for punctuation. */
  word: boolean;
}

const DIACRITICS = /\p{M}+/gu;

/** Lower-case, strip accents (é→e, ä→a), fold ё→е and typographic apostrophes. */
export function fold(text: string): string {
  let out = text.toLowerCase();
  // One scan says whether anything beyond lower-casing is needed (most English text: no).
  if (!NEEDS_MORE.test(out)) return out;
  // Accented Latin letters lose their marks one by one (é→e): normalising the whole text was
  // slower, and it also turned Cyrillic й into и, but only in blocks that had an accent.
  if (ACCENTED.test(out)) out = out.replace(ACCENTED_G, stripMarks);
  if (out.includes('ё')) out = out.replace(/ё/g, 'е');
  return APOSTROPHES.test(out) ? out.replace(APOSTROPHES_G, "'") : out;
}

const NEEDS_MORE = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1effё’‘ʼ`´]/;
const ACCENTED = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;
const ACCENTED_G = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/g;
const stripped = new Map<string, string>();

function stripMarks(c: string): string {
  let out = stripped.get(c);
  if (out === undefined) stripped.set(c, (out = c.normalize('NFD').replace(DIACRITICS, '')));
  return out;
}
const APOSTROPHES = /[’‘ʼ`´]/;
const APOSTROPHES_G = /[’‘ʼ`´]/g;

// Letters: Latin with accents, combining marks, Cyrillic — the scripts of the five languages.
function letterCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (
    (c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

// What JavaScript's \s matches.
function spaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;
/** Below U+2000 (every letter the tokenizer knows), one table read per character instead of a chain of comparisons. */
const CLASS = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++)
  CLASS[c] = (letterCode(c) ? LETTER : 0) | (c >= 48 && c <= 57 ? DIGIT : 0) | (spaceCode(c) ? SPACE : 0);

function isLetter(c: number): boolean {
  return c < 0x2000 && (CLASS[c]! & LETTER) !== 0;
}

function isAlnum(c: number): boolean {
  return c < 0x2000 && (CLASS[c]! & (LETTER | DIGIT)) !== 0;
}

function isSpace(c: number): boolean {
  return c < 0x2000 ? (CLASS[c]! & SPACE) !== 0 : spaceCode(c);
}

/** Apostrophes and hyphens that join the parts of one word: ' ’ ʼ - ‑ */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 45 || c === 0x2011;
}

/** End of an initialism ("U.S.", "EE.UU."): one or two letters and a period, at least twice; else -1. */
function initialismEnd(text: string, i: number): number {
  let k = i;
  let parts = 0;
  for (;;) {
    if (isLetter(text.charCodeAt(k)) && isLetter(text.charCodeAt(k + 1)) && text.charCodeAt(k + 2) === 46) k += 3;
    else if (isLetter(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) k += 2;
    else break;
    parts++;
  }
  return parts >= 2 ? k : -1;
}

/** Whether the word last measured by wordEnd() has an apostrophe (' or ’) in it. */
let wordHasApostrophe = false;

/** End of a word: letters/digits, inner apostrophes or hyphens, an optional trailing apostrophe. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let k = i;
  let apostrophe = false;
  while (k < n && isAlnum(text.charCodeAt(k))) k++;
  while (k + 1 < n && isJoiner(text.charCodeAt(k)) && isAlnum(text.charCodeAt(k + 1))) {
    const j = text.charCodeAt(k);
    if (j === 39 || j === 0x2019) apostrophe = true;
    k++;
    while (k < n && isAlnum(text.charCodeAt(k))) k++;
  }
  const c = text.charCodeAt(k);
  if (c === 39 || c === 0x2019) {
    wordHasApostrophe = true;
    return k + 1;
  }
  wordHasApostrophe = apostrophe;
  return k;
}

// English possessive/contraction tails and Romance elisions are split off so that
// "Russia's" still reads as the agent "Russia" and "l'ingérence" as "ingérence".
const POSSESSIVE_RE = /^(.+?)(['’]s)$/i;
/** The words languages elide before a vowel (rules/languages.json `elisions`): "n'", "qu'" keep their apostrophe. */
export const ELISIONS: readonly string[] = [...new Set(LANGS.flatMap((l) => LANGUAGES[l].elisions))];
const ELIDED_ALT = ELISIONS.join('|') || '(?!)';
const ELISION_RE = new RegExp(`^(${ELIDED_ALT})(['’])(.+)$`, 'i');
const ELIDED = new RegExp(`^(${ELIDED_ALT})$`, 'i');

/**
 * Words (initialisms first: "U.S."), and every other non-space character as punctuation.
 * A character loop rather than a regex: this runs over every candidate paragraph, and
 * the regex's match objects were most of its cost.
 */
export function tokenize(text: string, folded = fold(text)): Token[] {
  const out: Token[] = [];
  // Folded once for the whole text (or by the caller); folding keeps lengths unless the
  // text has decomposed accents.
  const sameLength = folded.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isAlnum(c)) {
      const raw = text[i]!;
      // ASCII punctuation folds to itself, except the backtick (an apostrophe).
      if (c < 128 && c !== 96) out.push({ raw, norm: raw, start: i, end: i + 1, word: false });
      else push(out, raw, i, false);
      i++;
      continue;
    }
    // An initialism has a period as its second or third character: most words are ruled out at once.
    const ini =
      isLetter(c) && (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 2) === 46) ? initialismEnd(text, i) : -1;
    // Letters and periods only in an initialism; wordEnd() says whether its word has an apostrophe.
    let end = ini > 0 ? ini : wordEnd(text, i);
    let apostrophe = ini > 0 ? false : wordHasApostrophe;
    // "'baseless'", "'We did not interfere'": a closing single quote is no part of the word —
    // unless it marks a plural possessive ("the Americans' claims"). An apostrophe right before
    // a letter is an elision ("l'élection"), never a closing quote.
    if (
      apostrophe &&
      isApostrophe(text.charCodeAt(end - 1)) &&
      end - i > 1 &&
      !(end < n && isAlnum(text.charCodeAt(end))) &&
      !ELIDED.test(text.slice(i, end - 1))
    ) {
      const plural = (text.charCodeAt(end - 2) | 32) === 115;
      if (!plural || (i > 0 && isApostrophe(text.charCodeAt(i - 1)))) {
        end--;
        apostrophe = /['’]/.test(text.slice(i, end));
      }
    }
    const raw = text.slice(i, end);
    const start = i;
    i = end;
    if (sameLength && !apostrophe) {
      // Most words are already lower case: share the string rather than slice another.
      out.push({ raw, norm: folded.startsWith(raw, start) ? raw : folded.slice(start, end), start, end, word: true });
      continue;
    }
    const el = ELISION_RE.exec(raw);
    if (el && el[3] && !/^t$/i.test(el[3])) {
      const head = el[1]!.length + 1;
      push(out, raw.slice(0, head), start, true);
      push(out, raw.slice(head), start + head, true);
      continue;
    }
    const pos = POSSESSIVE_RE.exec(raw);
    if (pos && pos[1]) {
      push(out, pos[1], start, true);
      push(out, pos[2]!, start + pos[1].length, true);
      continue;
    }
    push(out, raw, start, true);
  }
  return out;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function push(out: Token[], raw: string, start: number, word: boolean): void {
  out.push({ raw, norm: fold(raw), start, end: start + raw.length, word });
}
