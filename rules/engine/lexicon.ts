/**
 * Compiles cue terms ("interfer*", "internal affairs", "weist _ zurück", "*wahl") into one
 * token-indexed matcher per language. Lookup cost per token is a couple of hash probes,
 * so analysis time grows with the text, not with the number of terms or rules.
 */
import { fold, type Token } from './tokens';
import { matchAt, matchSpans, matchWords, parseTerm, type Piece } from './lexicon-terms';
import type { WordSpans } from './word-scan';

interface Term {
  category: string;
  pieces: Piece[];
}

/** Terms that share their first word, so a text word is compared with it once. */
interface SpanGroup {
  /** The word the group's terms are looked up by (whole, or as a prefix). */
  first: string;
  exact: boolean;
  /** Which word of the terms that is: they start `offset` words earlier. */
  offset: number;
  terms: Term[];
}

interface SpanGroups {
  byCode: Map<number, SpanGroup[]>;
  short: Map<number, SpanGroup[]>;
  /**
   * Per hashed key, a bit per word length (31: longer) that some group with that key accepts:
   * most words start no term or have the wrong length ("the" against "they", "their"), and one
   * typed-array read rules them out faster than a map lookup.
   */
  seen: Uint32Array;
}

const SEEN_SLOTS = 1 << 16;

function seenSlot(key: number): number {
  return (key ^ (key >>> 15) ^ (key >>> 7)) & (SEEN_SLOTS - 1);
}

export interface CueMatch {
  category: string;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
}

export type TermLists = Record<string, readonly string[]>;

const PREFIX_KEY = 3;

export class Lexicon {
  private exact = new Map<string, Term[]>();
  private prefix = new Map<string, Term[]>();
  /** The same buckets keyed by the first three char codes, so the hot loop allocates nothing. */
  private prefixByCode = new Map<number, Term[]>();
  private shortPrefix: Term[] = [];
  private suffix: Term[] = [];

  constructor(lists: TermLists = {}) {
    this.addAll(lists);
  }

  addAll(lists: TermLists): void {
    for (const [category, terms] of Object.entries(lists)) {
      for (const term of terms) this.add(category, term);
    }
  }

  add(category: string, term: string): void {
    this.groupsCache = null;
    this.bySecond.clear();
    const pieces = parseTerm(term);
    if (pieces.length === 0 || pieces[0]!.kind === 'any') return;
    const entry: Term = { category, pieces };
    const first = pieces[0]!;
    if (first.kind === 'exact') {
      const value = first.cased ? fold(first.value) : first.value;
      bucket(this.exact, value).push(entry);
    } else if (first.kind === 'suffix') this.suffix.push(entry);
    else if (first.kind === 'prefix') {
      if (first.value.length < PREFIX_KEY) this.shortPrefix.push(entry);
      else {
        bucket(this.prefix, first.value.slice(0, PREFIX_KEY)).push(entry);
        const key = codeKey(first.value);
        const list = this.prefixByCode.get(key) ?? [];
        list.push(entry);
        this.prefixByCode.set(key, list);
      }
    }
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
    for (const list of [...this.exact.values(), ...this.prefix.values(), this.shortPrefix, this.suffix]) if (!collect(list)) return null;
    if (stems.size === 0) return /(?!)/;
    const escaped = [...stems].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(escaped.join('|'));
  }

  /**
   * Categories matched in a list of folded words, without building tokens: the cheap
   * first pass that decides whether a block needs full analysis.
   */
  categoriesIn(words: readonly string[], stopWhen?: (found: ReadonlySet<string>) => boolean): Set<string> {
    const found = new Set<string>();
    const tryTerms = (terms: Term[] | undefined, i: number) => {
      if (!terms) return;
      for (const term of terms) {
        if (!found.has(term.category) && matchWords(term.pieces, words, i)) found.add(term.category);
      }
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      tryTerms(this.exact.get(w), i);
      if (w.length >= PREFIX_KEY) tryTerms(this.prefixByCode.get(codeKey(w)), i);
      if (this.shortPrefix.length) tryTerms(this.shortPrefix, i);
      if (this.suffix.length) tryTerms(this.suffix, i);
      if (stopWhen?.(found)) break;
    }
    return found;
  }

  /**
   * The same as categoriesIn, over word spans of a folded text: no word is turned into a
   * string unless a term could start with it.
   */
  categoriesInSpans(text: string, spans: WordSpans, positions?: Map<string, number[]>): Set<string> {
    const found = new Set<string>();
    const { starts, ends, count } = spans;
    const groups = this.spanGroups();
    const tryGroups = (list: SpanGroup[] | undefined, i: number, s: number, len: number) => {
      if (!list) return;
      for (const g of list) {
        // The shared first word is checked once for all the terms that start with it.
        if (g.exact ? len !== g.first.length : len < g.first.length) continue;
        if (!text.startsWith(g.first, s)) continue;
        const at = i - g.offset;
        if (at < 0) continue;
        for (const term of g.terms) {
          // The other words usually differ: compare them before any bookkeeping.
          if (term.pieces.length > 1 && !matchSpans(term.pieces, text, starts, ends, count, at, 0)) continue;
          found.add(term.category);
          positions?.get(term.category)?.push(at);
        }
      }
    };
    const others = this.shortPrefix.length || this.suffix.length ? [...this.shortPrefix, ...this.suffix] : null;
    const { seen } = groups;
    for (let i = 0; i < count; i++) {
      const s = starts[i]!;
      const len = ends[i]! - s;
      if (len >= PREFIX_KEY) {
        const key = ((text.charCodeAt(s) & 0x3ff) << 20) | ((text.charCodeAt(s + 1) & 0x3ff) << 10) | (text.charCodeAt(s + 2) & 0x3ff);
        if ((seen[seenSlot(key)]! >>> (len < 31 ? len : 31)) & 1) tryGroups(groups.byCode.get(key), i, s, len);
      } else {
        const key = shortKey(text, s, len);
        if ((seen[seenSlot(key)]! >>> len) & 1) tryGroups(groups.short.get(key), i, s, len);
      }
      if (!others) continue;
      for (const term of others) {
        const track = positions?.has(term.category);
        if ((track || !found.has(term.category)) && matchSpans(term.pieces, text, starts, ends, count, i)) {
          found.add(term.category);
          if (track) positions!.get(term.category)!.push(i);
        }
      }
    }
    return found;
  }

  private groupsCache: SpanGroups | null = null;

  /** Exact and prefix terms grouped by their first word, keyed like the buckets (built once). */
  private spanGroups(): SpanGroups {
    if (this.groupsCache) return this.groupsCache;
    const byCode = new Map<number, SpanGroup[]>();
    const short = new Map<number, SpanGroup[]>();
    const add = (term: Term) => {
      // Keyed by the term's longest word, not its first: "in Washington, not in Moscow" and
      // "the West" are looked up at "washington" and "west", not at every "in" and "the".
      let offset = -1;
      let value = '';
      term.pieces.forEach((p, k) => {
        const v = p.kind === 'exact' ? p.folded : p.kind === 'prefix' && p.value.length >= PREFIX_KEY ? p.value : '';
        if (v.length > value.length) [offset, value] = [k, v];
      });
      if (offset < 0) return;
      const exact = term.pieces[offset]!.kind === 'exact';
      const map = value.length >= PREFIX_KEY ? byCode : short;
      const key = value.length >= PREFIX_KEY ? codeKey(value) : shortKey(value, 0, value.length);
      const list = map.get(key) ?? [];
      let g = list.find((x) => x.first === value && x.exact === exact && x.offset === offset);
      if (!g) list.push((g = { first: value, exact, offset, terms: [] }));
      g.terms.push(term);
      map.set(key, list);
    };
    for (const terms of [...this.exact.values(), ...this.prefix.values()]) for (const t of terms) add(t);
    const seen = new Uint32Array(SEEN_SLOTS);
    for (const [key, list] of [...byCode, ...short]) {
      for (const g of list) {
        const n = Math.min(g.first.length, 31);
        // An exact word has one length; a prefix admits every length from its own.
        const slot = seenSlot(key);
        seen[slot] = seen[slot]! | (g.exact ? 1 << n : ~((1 << n) - 1));
      }
    }
    this.groupsCache = { byCode, short, seen };
    return this.groupsCache;
  }

  /** Every (category, token span) the terms match in `tokens`. */
  match(tokens: readonly Token[]): CueMatch[] {
    const out: CueMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word && t.norm !== '—') {
        const e = this.exact.get(t.norm);
        if (e) this.tryAll(e, tokens, i, out);
        continue;
      }
      const e = this.exact.get(t.norm);
      if (e) this.tryAll(this.narrowed(t.norm, e, tokens[i + 1]), tokens, i, out);
      if (t.norm.length >= PREFIX_KEY) {
        // Keyed by char codes, not a sliced string: no allocation per token.
        const p = this.prefixByCode.get(codeKey(t.norm));
        if (p) this.tryAll(p, tokens, i, out);
      }
      if (this.shortPrefix.length) this.tryAll(this.shortPrefix, tokens, i, out);
      if (this.suffix.length) this.tryAll(this.suffix, tokens, i, out);
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
      index = { rest, bySecond: new Map([...words].map((w) => [w, terms.filter((t) => second(t) === null || second(t) === w)])) };
      this.bySecond.set(first, index);
    }
    return (next && index.bySecond.get(next.norm)) || index.rest;
  }

  private tryAll(terms: Term[], tokens: readonly Token[], i: number, out: CueMatch[]): void {
    for (const term of terms) {
      const to = matchAt(term.pieces, tokens, i);
      if (to > i) out.push({ category: term.category, from: i, to });
    }
  }
}

/**
 * The first three characters as one small integer (V8 hashes small integers fastest). Codes
 * are folded to 10 bits, so Cyrillic and Latin may share a key: the terms are checked anyway.
 */
function codeKey(w: string): number {
  return ((w.charCodeAt(0) & 0x3ff) << 20) | ((w.charCodeAt(1) & 0x3ff) << 10) | (w.charCodeAt(2) & 0x3ff);
}

/** One- and two-letter words as an integer key (a two-letter key is always above 0xffff). */
function shortKey(text: string, at: number, len: number): number {
  return len === 1 ? text.charCodeAt(at) : (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
}

function bucket(map: Map<string, Term[]>, key: string): Term[] {
  let b = map.get(key);
  if (!b) map.set(key, (b = []));
  return b;
}

export { parseTerm } from './lexicon-terms';
