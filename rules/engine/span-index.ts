/**
 * The prefilter's term index over word spans (see word-scan.ts): which categories occur in a
 * folded block, and where, without building a string per word. It runs over every block of
 * every page, so each word costs one typed-array read unless some term could be there.
 */
import { AffixIndex } from './affix-index';
import { codeKey, matchSpans, PREFIX_KEY, shortKey, type Term } from './lexicon-terms';
import type { WordSpans } from './word-scan';

/** Terms looked up by the same word, so a text word is compared with it once. */
interface SpanGroup {
  /** The word the group's terms are looked up by (whole, or as a prefix). */
  first: string;
  exact: boolean;
  /** Which word of the terms that is: they start `offset` words earlier. */
  offset: number;
  terms: Term[];
}

const SEEN_SLOTS = 1 << 16;

function seenSlot(key: number): number {
  return (key ^ (key >>> 15) ^ (key >>> 7)) & (SEEN_SLOTS - 1);
}

export class SpanIndex {
  private byCode = new Map<number, SpanGroup[]>();
  private short = new Map<number, SpanGroup[]>();
  /**
   * Per hashed key, a bit per word length (31: longer) that some group with that key accepts:
   * most words start no term or have the wrong length ("the" against "they", "their"), and one
   * typed-array read rules them out faster than a map lookup.
   */
  private seen = new Uint32Array(SEEN_SLOTS);
  /** Terms that begin with a short prefix or a suffix, by the word's beginning and ending. */
  private readonly others: AffixIndex;

  /** `keyed`: exact and prefix terms; `others`: terms that begin with a short prefix or a suffix. */
  constructor(keyed: Iterable<Term>, others: readonly Term[]) {
    for (const term of keyed) this.add(term);
    this.others = new AffixIndex(others);
  }

  categoriesIn(text: string, spans: WordSpans, positions?: Map<string, number[]>): Set<string> {
    const found = new Set<string>();
    const { starts, ends, count } = spans;
    const { seen } = this;
    for (let i = 0; i < count; i++) {
      const s = starts[i]!;
      const len = ends[i]! - s;
      if (len >= PREFIX_KEY) {
        const key = codeKey(text, s);
        if ((seen[seenSlot(key)]! >>> (len < 31 ? len : 31)) & 1)
          this.tryGroups(this.byCode.get(key), text, spans, i, len, found, positions);
      } else {
        const key = shortKey(text, s, len);
        if ((seen[seenSlot(key)]! >>> len) & 1)
          this.tryGroups(this.short.get(key), text, spans, i, len, found, positions);
      }
      if (this.others.size === 0) continue;
      for (const term of this.others.candidates(text, s, s + len)) {
        const track = positions?.has(term.category);
        if ((track || !found.has(term.category)) && matchSpans(term.pieces, text, starts, ends, count, i)) {
          found.add(term.category);
          if (track) positions!.get(term.category)!.push(i);
        }
      }
    }
    return found;
  }

  private tryGroups(
    list: SpanGroup[] | undefined,
    text: string,
    spans: WordSpans,
    i: number,
    len: number,
    found: Set<string>,
    positions?: Map<string, number[]>,
  ): void {
    if (!list) return;
    const { starts, ends, count } = spans;
    for (const g of list) {
      // The shared word is checked once for all the terms looked up by it.
      if (g.exact ? len !== g.first.length : len < g.first.length) continue;
      if (!text.startsWith(g.first, starts[i]!)) continue;
      const at = i - g.offset;
      if (at < 0) continue;
      for (const term of g.terms) {
        // The other words usually differ: compare them before any bookkeeping.
        if (term.pieces.length > 1 && !matchSpans(term.pieces, text, starts, ends, count, at, 0)) continue;
        found.add(term.category);
        positions?.get(term.category)?.push(at);
      }
    }
  }

  /**
   * Files a term under its longest word, not its first: "in Washington, not in Moscow" and
   * "the West" are looked up at "washington" and "west", not at every "in" and "the".
   */
  private add(term: Term): void {
    let offset = -1;
    let value = '';
    term.pieces.forEach((p, k) => {
      const v = p.kind === 'exact' ? p.folded : p.kind === 'prefix' && p.value.length >= PREFIX_KEY ? p.value : '';
      if (v.length > value.length) [offset, value] = [k, v];
    });
    if (offset < 0) return;
    const exact = term.pieces[offset]!.kind === 'exact';
    const long = value.length >= PREFIX_KEY;
    const map = long ? this.byCode : this.short;
    const key = long ? codeKey(value) : shortKey(value, 0, value.length);
    const list = map.get(key) ?? [];
    let g = list.find((x) => x.first === value && x.exact === exact && x.offset === offset);
    if (!g) list.push((g = { first: value, exact, offset, terms: [] }));
    g.terms.push(term);
    map.set(key, list);
    // An exact word has one length; a prefix admits every length from its own.
    const n = Math.min(value.length, 31);
    const slot = seenSlot(key);
    this.seen[slot] = this.seen[slot]! | (exact ? 1 << n : ~((1 << n) - 1));
  }
}
