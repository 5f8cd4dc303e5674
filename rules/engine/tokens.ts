/**
 * Tokenisation shared by every stage. Tokens keep their offsets into the block so a
 * finding can always be mapped back to the exact characters the reader sees.
 */

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
  // NFD is the expensive step; most English text has no accented letters at all.
  if (ACCENTED.test(out)) out = out.normalize('NFD').replace(DIACRITICS, '');
  if (out.includes('ё')) out = out.replace(/ё/g, 'е');
  return APOSTROPHES.test(out) ? out.replace(APOSTROPHES_G, "'") : out;
}

const ACCENTED = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;
const APOSTROPHES = /[’‘ʼ`´]/;
const APOSTROPHES_G = /[’‘ʼ`´]/g;

// Initialisms (U.S., EE.UU.) first, then words with inner apostrophes/hyphens, then
// any other single non-space character as punctuation.
// Letters as explicit ranges (Latin with accents, combining marks, Cyrillic): several times
// faster than \p{L} with the u flag, and these are the scripts of the five languages.
const L = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0400-\\u04ff\\u1e00-\\u1eff';
const TOKEN_RE = new RegExp(`(?:[${L}]{1,2}\\.){2,}|[${L}0-9]+(?:['’ʼ\\-‑][${L}0-9]+)*['’]?|[^\\s${L}0-9]`, 'g');
// English possessive/contraction tails and Romance elisions are split off so that
// "Russia's" still reads as the agent "Russia" and "l'ingérence" as "ingérence".
const POSSESSIVE_RE = /^(.+?)(['’]s)$/i;
const ELISION_RE = /^(l|d|n|s|j|m|t|c|qu|jusqu|lorsqu|puisqu)(['’])(.+)$/i;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Fold once; folding keeps lengths unless the text has decomposed accents.
  const folded = fold(text);
  const sameLength = folded.length === text.length;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const isWord = WORDISH.test(raw);
    if (isWord && sameLength && !raw.includes("'") && !raw.includes('’')) {
      out.push({ raw, norm: folded.slice(start, start + raw.length), start, end: start + raw.length, word: true });
      continue;
    }
    if (isWord) {
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
    }
    push(out, raw, start, isWord);
  }
  return out;
}

const WORDISH = new RegExp(`[${L}0-9]`);

function push(out: Token[], raw: string, start: number, word: boolean): void {
  out.push({ raw, norm: fold(raw), start, end: start + raw.length, word });
}
