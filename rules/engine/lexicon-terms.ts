/**
 * One cue term, parsed, and how it is compared with text: token by token (full analysis),
 * word by word (strings) or span by span (the prefilter's allocation-free word spans).
 */
import { fold, tokenize, type Token } from './tokens';

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

export function matchSpans(pieces: Piece[], text: string, starts: Int32Array, ends: Int32Array, count: number, i: number, from = 0): boolean {
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

export function matchWords(pieces: Piece[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < pieces.length; k++) {
    const w = words[i + k];
    if (w === undefined) return false;
    const piece = pieces[k]!;
    if (piece.kind === 'any') continue;
    if (piece.kind === 'exact' ? w !== piece.folded : !pieceMatches(piece, { raw: w, norm: w, start: 0, end: 0, word: true })) return false;
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
