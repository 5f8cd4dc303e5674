/**
 * A document prepared for analysis. Blocks are tokenised and matched lazily: only
 * blocks the prefilter flags (and the few around them that attribution looks back
 * into) pay for full analysis.
 */
import { LANGUAGES, type DocumentInput, type Lang } from '../types';
import type { Engine, WordClass } from './compile';
import type { Grammar, Trait } from './grammar';
import type { CueMatch } from './lexicon';
import { detectLang, normalizeHint } from './lang';
import { findQuotes, openAtEnd, type QuoteSpan } from './quotes';
import { splitSentences } from './sentences';
import { fold, tokenize, type Token } from './tokens';
import { scanWords } from './word-scan';

export interface Sentence {
  start: number;
  end: number;
  /** Token range, end exclusive. */
  t0: number;
  t1: number;
}

export interface PreparedBlock {
  index: number;
  text: string;
  kind: string;
  lang: Lang;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  matches: CueMatch[];
  /** Categories covering each token (shared between tokens and blocks: read them, never modify them). */
  tokenCats: Set<string>[];
  /** The language's gap words (see compile.ts). */
  gapWords: Set<string>;
  /** The language's function-word classes (compile.ts WORD_CLASSES), by folded word. */
  wordClasses: Record<WordClass, Set<string>>;
  /** Function-word classes of every language (grammar.ts). */
  grammar: Grammar;
  /** The block language's own grammar classes, for the few read per language. */
  ownGrammar: Grammar;
  /** The block language's traits (grammar.ts TRAITS). */
  traits: ReadonlySet<Trait>;
}

const NO_CATS: Set<string> = new Set<string>();
/** One-element category sets, shared by every token that has only that category. */
const SINGLE = new Map<string, Set<string>>();

function single(category: string): Set<string> {
  let set = SINGLE.get(category);
  if (!set) SINGLE.set(category, (set = new Set([category])));
  return set;
}
const CYRILLIC = /[\u0400-\u04FF]{3}/;
/** Prepared blocks kept (most recently used): more than any look-back reaches. */
const CACHED_BLOCKS = 24;

const DONE = 1;
const CANDIDATE = 2;
const TOPIC = 4;

interface Flags {
  candidate: boolean;
  topic: boolean;
}

export class PreparedDoc {
  readonly langs: Lang[];
  private cache = new Map<number, PreparedBlock>();
  /** Prefilter results, computed on first use so work can be spread over idle slices. */
  private flags: Uint8Array;
  /** Folded text of candidate blocks not yet prepared. */
  private folded = new Map<number, string>();
  /** Word positions of the proximity categories in the block last scanned (reused, not reallocated). */
  private readonly positions: Map<string, number[]>;
  private previousFound: { index: number; found: Set<string> } | null = null;

  constructor(
    readonly input: DocumentInput,
    readonly engine: Engine,
  ) {
    // One guess for the page from a sample; a block only differs when its script does
    // (a Russian quote on an English page) or the page's guess is unsure.
    const hint = normalizeHint(input.lang);
    let sample = input.title ?? '';
    for (const b of input.blocks) {
      if (sample.length > 1500) break;
      sample += ` ${b.text}`;
    }
    const pageLang = detectLang(sample, hint);
    this.flags = new Uint8Array(input.blocks.length);
    this.positions = new Map(engine.proximityCats.map((c) => [c, []]));
    // A block's own language (TextBlock.lang, set by the extractor) wins when the engine has it.
    this.langs = input.blocks.map(
      (b) =>
        normalizeHint(b.lang) ??
        (CYRILLIC.test(b.text) !== (LANGUAGES[pageLang].script === 'cyrillic')
          ? detectLang(b.text, pageLang)
          : pageLang),
    );
  }

  get size(): number {
    return this.input.blocks.length;
  }

  isCandidate(i: number): boolean {
    return (this.flagsOf(i) & CANDIDATE) !== 0;
  }

  hasTopic(i: number): boolean {
    return (this.flagsOf(i) & TOPIC) !== 0;
  }

  /** Prefilter bits of block i (a typed array: these live as long as the analysis). */
  private flagsOf(i: number): number {
    const block = this.input.blocks[i];
    if (!block) return 0;
    if (!this.flags[i]) {
      const f = this.prefilter(i, block.text, this.langs[i]!);
      this.flags[i] = DONE | (f.candidate ? CANDIDATE : 0) | (f.topic ? TOPIC : 0);
    }
    return this.flags[i]!;
  }

  /**
   * Block `i`, tokenised and matched. Only the most recently used blocks are kept: look-backs
   * reach a few paragraphs, and letting older blocks go keeps a long page's tokens from piling
   * up (on a 2 MB page, collecting them was a fifth of the analysis time).
   */
  block(i: number): PreparedBlock {
    let b = this.cache.get(i);
    if (b) {
      this.cache.delete(i);
    } else {
      b = this.prepare(i);
      if (this.cache.size >= CACHED_BLOCKS) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(i, b);
    return b;
  }

  /** Whether `text` (a title) mentions the interference topic. */
  topicIn(text: string): boolean {
    return this.prefilter(-1, text, detectLang(text, this.input.lang)).topic;
  }

  private prefilter(i: number, text: string, lang: Lang): Flags {
    const folded = fold(text);
    const { anchorScan, topicScan } = this.engine.langs[lang];
    // Most paragraphs contain no anchor word at all: one native substring scan says so.
    if (anchorScan && !anchorScan.test(folded)) return { candidate: false, topic: topicScan.test(folded) };
    const found = this.scan(folded, lang);
    const candidate = this.worthAnalysing(i, found);
    // Full analysis folds the same text again: keep it for the blocks that get one.
    if (candidate && i >= 0) this.folded.set(i, folded);
    return { candidate, topic: found.has('topic') };
  }

  /** Prefilter categories in folded text; word positions of the proximity categories in `this.positions`. */
  private scan(folded: string, lang: Lang, positions: Map<string, number[]> | null = this.positions): Set<string> {
    if (positions) for (const list of positions.values()) list.length = 0;
    return this.engine.langs[lang].prefilter.categoriesInSpans(folded, scanWords(folded), positions ?? undefined);
  }

  /** Some rule filed under a category found here has every category it requires here too. */
  private worthAnalysing(i: number, found: ReadonlySet<string>): boolean {
    for (const cat of found) {
      for (const needs of this.engine.needsByAnchor.get(cat) ?? []) {
        if (!needs.groups.every((group) => group.some((c) => found.has(c)))) continue;
        if (!(needs.nearPredicate ?? []).every((req) => this.near(req))) continue;
        // `cues.near` also looks into the previous paragraph.
        if ((needs.near ?? []).every((group) => group.some((c) => found.has(c) || this.previousHas(i, c)))) return true;
      }
    }
    return false;
  }

  /** Whether block i - 1 contains category `cat` (scanned again on the rare occasions this is asked). */
  private previousHas(i: number, cat: string): boolean {
    if (i < 1) return false;
    if (this.previousFound?.index !== i - 1) {
      this.previousFound = {
        index: i - 1,
        found: this.scan(fold(this.input.blocks[i - 1]!.text), this.langs[i - 1]!, null),
      };
    }
    return this.previousFound.found.has(cat);
  }

  /** Some cue within `before` words before, or `after` words after, some predicate word. */
  private near(req: { predicates: string[]; cues: string[]; before: number; after: number }): boolean {
    // Sorted, and searched by bisection: a long paragraph of predicates far from any negation
    // would otherwise compare every predicate with every cue.
    // Most paragraphs with the cue words have no predicate word: then nothing to sort.
    if (!req.predicates.some((p) => (this.positions.get(p)?.length ?? 0) > 0)) return false;
    const cues = req.cues.flatMap((c) => this.positions.get(c) ?? []).sort((a, b) => a - b);
    for (const p of req.predicates) {
      for (const at of this.positions.get(p) ?? []) {
        let lo = 0;
        let hi = cues.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cues[mid]! < at - req.before) lo = mid + 1;
          else hi = mid;
        }
        if (lo < cues.length && cues[lo]! <= at + req.after) return true;
      }
    }
    return false;
  }

  private prepare(i: number): PreparedBlock {
    const { text, kind } = this.input.blocks[i]!;
    const lang = this.langs[i]!;
    const tokens = tokenize(text, this.folded.get(i));
    this.folded.delete(i);
    const matches = this.engine.langs[lang].lexicon.match(tokens);
    // Most tokens match nothing: they share one empty set instead of allocating their own; most
    // of the others match one category, and share that category's one-element set.
    const tokenCats: Set<string>[] = new Array<Set<string>>(tokens.length).fill(NO_CATS);
    for (const m of matches) {
      for (let k = m.from; k < m.to; k++) {
        const cats = tokenCats[k]!;
        if (cats === NO_CATS) tokenCats[k] = single(m.category);
        else if (cats.has(m.category)) continue;
        // A one-element set is always a shared one (a token's own sets start with two).
        else if (cats.size === 1) tokenCats[k] = new Set(cats).add(m.category);
        else cats.add(m.category);
      }
    }
    const sentences: Sentence[] = [];
    let t = 0;
    for (const s of splitSentences(text, this.engine.grammar)) {
      while (t < tokens.length && tokens[t]!.end <= s.start) t++;
      const t0 = t;
      while (t < tokens.length && tokens[t]!.start < s.end) t++;
      // A "sentence" inside a token ("No.No.") has no word of its own: it ends the one before.
      const last = sentences[sentences.length - 1];
      if (t === t0 && last) last.end = s.end;
      else sentences.push({ start: s.start, end: s.end, t0, t1: t });
    }
    // A quote the previous paragraph left open and this one closes without reopening it.
    const carried = i > 0 && /[”»"“›]/.test(text) ? openAtEnd(this.input.blocks[i - 1]!.text) : '';
    return {
      index: i,
      text,
      kind,
      lang,
      tokens,
      sentences,
      quotes: findQuotes(text, carried),
      matches,
      tokenCats,
      gapWords: this.engine.langs[lang].gapWords,
      wordClasses: this.engine.langs[lang].wordClasses,
      grammar: this.engine.grammar,
      ownGrammar: this.engine.langs[lang].grammar,
      traits: this.engine.langs[lang].traits,
    };
  }
}

/** Categories present in a token range. */
export function catsIn(block: PreparedBlock, t0: number, t1: number): Set<string> {
  const out = new Set<string>();
  const { matches } = block;
  for (let k = firstMatchFrom(matches, t0); k < matches.length && matches[k]!.from < t1; k++)
    out.add(matches[k]!.category);
  return out;
}

/** Matches of one category (or prefix like "actor:") in a token range. */
export function matchesIn(block: PreparedBlock, t0: number, t1: number, pred: (cat: string) => boolean): CueMatch[] {
  const out: CueMatch[] = [];
  const { matches } = block;
  for (let k = firstMatchFrom(matches, t0); k < matches.length && matches[k]!.from < t1; k++)
    if (pred(matches[k]!.category)) out.push(matches[k]!);
  return out;
}

/** Index of the first match starting at or after token `t` (matches are in token order). */
export function firstMatchFrom(matches: readonly CueMatch[], t: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.from < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
