/**
 * Terms that open on a suffix (`*wahl`) or on a prefix too short to be keyed by its first three
 * letters (`ab*`), indexed by the word's ending and beginning. Checking each of them against every
 * word made a pack of 200,000 `*q1`, `*q2`… terms cost seconds per page; here a word costs one
 * lookup per ending length some term has (at most its own length), and only terms whose first
 * piece fits the word are returned.
 */
import type { Term } from './lexicon-terms';

/** Hash of the last `k` characters of text[s, e), built from the end one character at a time. */
function step(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

export class AffixIndex {
  /** Prefix terms by their first one or two characters (see key()). */
  private prefix = new Map<number, Term[]>();
  /** Suffix terms by length, then by the hash of the suffix. */
  private suffix: Map<number, Term[]>[] = [];
  private longestSuffix = 0;
  /**
   * A bit per (suffix length, hash) that some suffix term has (see slot()): most words end in no
   * suffix term, and one typed-array read per length rules that out before any map lookup.
   */
  private suffixBits = new Uint8Array(SUFFIX_SLOTS);
  /** Insertion order: candidates come back in it, as the plain list gave them. */
  private order = new Map<Term, number>();
  readonly size: number;

  constructor(terms: readonly Term[]) {
    this.size = terms.length;
    terms.forEach((term, i) => {
      this.order.set(term, i);
      const first = term.pieces[0];
      if (first?.kind === 'prefix' && first.value.length > 0) {
        push(this.prefix, key(first.value, 0, Math.min(2, first.value.length)), term);
      } else if (first?.kind === 'suffix' && first.value.length > 0) {
        const v = first.value;
        let hash = 0;
        for (let k = 1; k <= v.length; k++) hash = step(hash, v.charCodeAt(v.length - k));
        this.suffix[v.length] ??= new Map();
        push(this.suffix[v.length]!, hash, term);
        this.suffixBits[slot(v.length, hash)] = 1;
        this.longestSuffix = Math.max(this.longestSuffix, v.length);
      }
    });
  }

  /**
   * Terms whose first piece may match the word text[s, e), in insertion order (callers still
   * compare every piece). The result array is reused by the next call.
   */
  candidates(text: string, s: number, e: number): readonly Term[] {
    const out = this.out;
    if (out.length > 0) out.length = 0;
    if (this.size === 0 || e <= s) return out;
    let buckets = 0;
    if (this.prefix.size > 0) {
      const p1 = this.prefix.get(key(text, s, 1));
      if (p1) buckets += add(out, p1);
      if (e - s >= 2) {
        const p2 = this.prefix.get(key(text, s, 2));
        if (p2) buckets += add(out, p2);
      }
    }
    // A suffix matches only a longer word.
    const longest = Math.min(e - s - 1, this.longestSuffix);
    const bits = this.suffixBits;
    let hash = 0;
    for (let k = 1; k <= longest; k++) {
      hash = step(hash, text.charCodeAt(e - k));
      if (bits[slot(k, hash)] === 0) continue;
      const bucket = this.suffix[k]?.get(hash);
      if (bucket) buckets += add(out, bucket);
    }
    if (buckets > 1) out.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    return out;
  }

  private out: Term[] = [];
}

const SUFFIX_SLOTS = 1 << 12;

/** Where the bit of a suffix of length `k` with hash `hash` is kept. */
function slot(k: number, hash: number): number {
  return (hash ^ (hash >>> 12) ^ Math.imul(k, 0x9e5)) & (SUFFIX_SLOTS - 1);
}

/** One or two characters as an integer (two-character keys are above 0xffff). */
function key(text: string, at: number, len: number): number {
  return len === 1 ? text.charCodeAt(at) : text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

function push(map: Map<number, Term[]>, k: number, term: Term): void {
  const list = map.get(k);
  if (list) list.push(term);
  else map.set(k, [term]);
}

function add(out: Term[], bucket: readonly Term[]): number {
  for (const t of bucket) out.push(t);
  return 1;
}
