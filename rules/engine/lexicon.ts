/**
 * Compiles cue terms ("interfer*", "internal affairs", "weist _ zurück", "*wahl") into one
 * token-indexed matcher per language. Lookup cost per token is a couple of hash probes,
 * so analysis time grows with the text, not with the number of terms or rules.
 */
import { fold, type Token } from './tokens';
import { codeKey, matchAt, parseTerm, PREFIX_KEY, shortKey, type Term } from './lexicon-terms';
import { AffixIndex } from './affix-index';
import { SpanIndex } from './span-index';
import type { WordSpans } from './word-scan';

export interface CueMatch {
  category: string;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
}

export type TermLists = Record<string, readonly string[]>;

export class Lexicon {
  private exact = new Map<string, Term[]>();
  /** Prefix terms keyed by their first three char codes, so the hot loop allocates nothing. */
  private prefixByCode = new Map<number, Term[]>();
  private shortPrefix: Term[] = [];
  private suffix: Term[] = [];
  /**
   * Per hashed key of a word's first characters, a bit per word length (31: longer) that some
   * exact or prefix term accepts (as in SpanIndex): most tokens start no term, and one
   * typed-array read skips the two map lookups (and hashing a new string) for them.
   */
  private lengths = new Uint32Array(LENGTH_SLOTS);

  constructor(lists: TermLists = {}) {
    this.addAll(lists);
  }

  addAll(lists: TermLists): void {
    for (const [category, terms] of Object.entries(lists)) {
      for (const term of terms) this.add(category, term);
    }
  }

  add(category: string, term: string): void {
    this.spanIndex = undefined;
    this.affixes = undefined;
    this.bySecond.clear();
    const pieces = parseTerm(term);
    if (pieces.length === 0 || pieces[0]!.kind === 'any') return;
    const entry: Term = { category, pieces };
    const first = pieces[0]!;
    if (first.kind === 'exact') {
      const value = first.cased ? fold(first.value) : first.value;
      bucket(this.exact, value).push(entry);
      this.accept(value, 1 << Math.min(value.length, 31));
    } else if (first.kind === 'suffix') this.suffix.push(entry);
    else if (first.kind === 'prefix') {
      if (first.value.length < PREFIX_KEY) this.shortPrefix.push(entry);
      else {
        bucket(this.prefixByCode, codeKey(first.value)).push(entry);
        this.accept(first.value, ~((1 << Math.min(first.value.length, 31)) - 1));
      }
    }
  }

  private accept(word: string, bits: number): void {
    const slot = lengthSlot(keyOf(word));
    this.lengths[slot] = this.lengths[slot]! | bits;
  }

  /**
   * A regex that matches (as plain substrings of folded text) somewhere in every place a term
   * of `categories` could match: a cheap native scan that rules out most blocks before any
   * word is split.
   */
  firstPieceRegex(categories: ReadonlySet<string>): RegExp | null {
    const stems = new Set<string>();
    // A term matches only where all its words do, so its longest word is a valid (and far
    // more selective) thing to look for: "single" rather than "a" in "a single fact".
    const collect = (terms: Iterable<Term>) => {
      for (const t of terms) {
        if (!categories.has(t.category)) continue;
        let best = '';
        for (const p of t.pieces) {
          if (p.kind === 'any') continue;
          const value = p.kind === 'exact' && p.cased ? fold(p.value) : p.value;
          if (value.length > best.length) best = value;
        }
        if (!best) return false;
        stems.add(best);
      }
      return true;
    };
    for (const list of [...this.exact.values(), ...this.prefixByCode.values(), this.shortPrefix, this.suffix])
      if (!collect(list)) return null;
    if (stems.size === 0) return /(?!)/;
    const escaped = [...stems].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(escaped.join('|'));
  }

  /**
   * Categories matched in the word spans of a folded text (with the word positions of the
   * categories in `positions`): the cheap first pass that decides whether a block needs full
   * analysis. No word is turned into a string.
   */
  categoriesInSpans(text: string, spans: WordSpans, positions?: Map<string, number[]>): Set<string> {
    this.spanIndex ??= new SpanIndex([...this.exact.values(), ...this.prefixByCode.values()].flat(), [
      ...this.shortPrefix,
      ...this.suffix,
    ]);
    return this.spanIndex.categoriesIn(text, spans, positions);
  }

  private spanIndex: SpanIndex | undefined;
  private affixes: { short: AffixIndex; suffix: AffixIndex } | undefined;

  /** Every (category, token span) the terms match in `tokens`. */
  match(tokens: readonly Token[]): CueMatch[] {
    const out: CueMatch[] = [];
    const { lengths } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const norm = t.norm;
      const len = norm.length;
      const key = keyOf(norm);
      const keyed = ((lengths[lengthSlot(key)]! >>> (len < 31 ? len : 31)) & 1) === 1;
      if (!t.word && norm !== '—') {
        if (!keyed) continue;
        const e = this.exact.get(norm);
        if (e) this.tryAll(e, tokens, i, out);
        continue;
      }
      if (keyed) {
        const e = this.exact.get(norm);
        if (e) this.tryAll(this.narrowed(norm, e, tokens[i + 1]), tokens, i, out);
        if (len >= PREFIX_KEY) {
          // Keyed by char codes, not a sliced string: no allocation per token.
          const p = this.prefixByCode.get(key);
          if (p) this.tryAll(p, tokens, i, out);
        }
      }
      if (this.shortPrefix.length || this.suffix.length) {
        // Indexed by the word's beginning and ending: a pack may bring thousands of such terms.
        this.affixes ??= { short: new AffixIndex(this.shortPrefix), suffix: new AffixIndex(this.suffix) };
        if (this.shortPrefix.length)
          this.tryAll(this.affixes.short.candidates(t.norm, 0, t.norm.length), tokens, i, out);
        if (this.suffix.length) this.tryAll(this.affixes.suffix.candidates(t.norm, 0, t.norm.length), tokens, i, out);
      }
    }
    return out;
  }

  private bySecond = new Map<string, { rest: Term[]; bySecond: Map<string, Term[]> }>();

  /**
   * The terms of a bucket that can match given the next token. "the" starts dozens of terms
   * ("the Kremlin", "the embassy", "the West"…) and is every twentieth word: large buckets are
   * indexed by their second word once, keeping the bucket's order.
   */
  private narrowed(first: string, terms: Term[], next: Token | undefined): Term[] {
    if (terms.length < 8) return terms;
    let index = this.bySecond.get(first);
    if (index === undefined) {
      const second = (t: Term) => (t.pieces[1]?.kind === 'exact' ? t.pieces[1].folded : null);
      const words = new Set(terms.map(second).filter((w): w is string => w !== null));
      const rest = terms.filter((t) => second(t) === null);
      index = {
        rest,
        bySecond: new Map([...words].map((w) => [w, terms.filter((t) => second(t) === null || second(t) === w)])),
      };
      this.bySecond.set(first, index);
    }
    return (next && index.bySecond.get(next.norm)) || index.rest;
  }

  private tryAll(terms: readonly Term[], tokens: readonly Token[], i: number, out: CueMatch[]): void {
    for (const term of terms) {
      const to = matchAt(term.pieces, tokens, i);
      if (to > i) out.push({ category: term.category, from: i, to });
    }
  }
}

const LENGTH_SLOTS = 1 << 14;

/** The first three characters' key (codeKey), or the whole word's when shorter (shortKey). */
function keyOf(word: string): number {
  return word.length >= PREFIX_KEY ? codeKey(word) : shortKey(word, 0, word.length);
}

function lengthSlot(key: number): number {
  return (key ^ (key >>> 14) ^ (key >>> 7)) & (LENGTH_SLOTS - 1);
}

function bucket<K>(map: Map<K, Term[]>, key: K): Term[] {
  let b = map.get(key);
  if (!b) map.set(key, (b = []));
  return b;
}

export { parseTerm } from './lexicon-terms';
