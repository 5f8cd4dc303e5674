/**
 * One cue term, parsed, and how it is compared with text: token by token (full analysis),
 * word by word (strings) or span by span (the prefilter's allocation-free word spans).
 */
import { fold, tokenize, type Token } from './tokens';

export interface Term {
  category: string;
  pieces: Piece[];
}

/** Words of at least this many characters are keyed by their first three (see codeKey). */
export const PREFIX_KEY = 3;

/**
 * The first three characters as one small integer (V8 hashes small integers fastest). Codes
 * are folded to 10 bits, so Cyrillic and Latin may share a key: the terms are checked anyway.
 */
export function codeKey(w: string, at = 0): number {
  return ((w.charCodeAt(at) & 0x3ff) << 20) | ((w.charCodeAt(at + 1) & 0x3ff) << 10) | (w.charCodeAt(at + 2) & 0x3ff);
}

/** One- and two-letter words as an integer key (a two-letter key is always above 0xffff). */
export function shortKey(text: string, at: number, len: number): number {
  return len === 1 ? text.charCodeAt(at) : (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
}

export type Piece =
  | { kind: 'exact'; value: string; cased: boolean; folded: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'suffix'; value: string }
  | { kind: 'any' };

export function matchAt(pieces: Piece[], tokens: readonly Token[], i: number): number {
  let k = i;
  for (const piece of pieces) {
    const t = tokens[k];
    if (!t) return -1;
    if (!pieceMatches(piece, t)) return -1;
    k++;
  }
  return k;
}

export function matchSpans(
  pieces: Piece[],
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  i: number,
  from = 0,
): boolean {
  for (let k = from; k < pieces.length; k++) {
    if (i + k >= count) return false;
    const piece = pieces[k]!;
    if (piece.kind === 'any') continue;
    const s = starts[i + k]!;
    const e = ends[i + k]!;
    const value = piece.kind === 'exact' ? piece.folded : piece.value;
    if (piece.kind === 'exact' && (e - s !== value.length || !text.startsWith(value, s))) return false;
    if (piece.kind === 'prefix' && (e - s < value.length || !text.startsWith(value, s))) return false;
    if (piece.kind === 'suffix' && (e - s <= value.length || !text.endsWith(value, e))) return false;
  }
  return true;
}

export function pieceMatches(piece: Piece, t: Token): boolean {
  switch (piece.kind) {
    case 'any':
      return t.word;
    case 'exact':
      return piece.cased ? t.raw === piece.value : t.norm === piece.value;
    case 'prefix':
      return t.word && t.norm.startsWith(piece.value);
    case 'suffix':
      return t.word && t.norm.endsWith(piece.value) && t.norm.length > piece.value.length;
  }
}

/** Splits a term into per-token pieces using the same tokenizer as the text. */
export function parseTerm(term: string): Piece[] {
  const pieces: Piece[] = [];
  for (const word of term.trim().split(/\s+/)) {
    if (word === '_') {
      pieces.push({ kind: 'any' });
      continue;
    }
    const isPrefix = word.length > 1 && word.endsWith('*');
    const isSuffix = word.length > 1 && word.startsWith('*');
    const body = word.replace(/^\*|\*$/g, '');
    const cased = /\p{Lu}/u.test(body) && body === body.toUpperCase() && body.length > 1;
    const toks = tokenize(body);
    toks.forEach((t, idx) => {
      const last = idx === toks.length - 1;
      if (isSuffix && idx === 0) pieces.push({ kind: 'suffix', value: fold(t.raw) });
      else if (isPrefix && last) pieces.push({ kind: 'prefix', value: fold(t.raw) });
      else if (cased) pieces.push({ kind: 'exact', value: t.raw, cased: true, folded: t.norm });
      else pieces.push({ kind: 'exact', value: t.norm, cased: false, folded: t.norm });
    });
  }
  return pieces;
}
